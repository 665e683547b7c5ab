import { error, fail, redirect } from '@sveltejs/kit';
import type { ApiClient } from './api';
import { readForm, UNREADABLE_FORM } from './form-data';
import { problemErrors, readEditorValues, validate, type EditorValues } from './posting-form';
import { problemMessage } from './problems';
import { loginHref, requireUser } from './session';

/** Lists the editor needs: townships and occupations. */
export async function editorChoices(api: ApiClient) {
	const [townships, occupations] = await Promise.all([api.townships(), api.occupations.list()]);
	if (!townships.ok) error(townships.problem.status, problemMessage(townships.problem));
	if (!occupations.ok) error(occupations.problem.status, problemMessage(occupations.problem));
	return { townships: townships.data.items, occupations: occupations.data.items };
}

export function requireEmployer(locals: App.Locals, here: string) {
	const user = requireUser(locals, here);
	if (user.role !== 'employer') error(403, '岗位管理只对用人单位开放。');
	return user;
}

type Intent = 'save' | 'check' | 'submit';

/**
 * One handler for the editor's buttons. 检查 only re-renders with the findings of what was typed;
 * 保存 and 提交审核 save first (so nothing typed is lost), then submit when asked.
 */
export async function handleEditor(
	request: Request,
	locals: App.Locals,
	here: string,
	postingId: string | undefined,
	intent: Intent,
) {
	requireEmployer(locals, here);
	const form = await readForm(request);
	if (!form)
		return fail(400, {
			values: undefined as EditorValues | undefined,
			errors: {},
			message: UNREADABLE_FORM,
		});
	const values = readEditorValues(form);
	if (intent === 'check') return { values, checked: true };
	const checked = validate(values);
	if ('errors' in checked)
		return fail(400, {
			values,
			errors: checked.errors,
			message: '有些地方需要修改，请看下面的提示。',
		});
	const saved = postingId
		? await locals.api.employerPostings.update(postingId, checked.body)
		: await locals.api.employerPostings.create(checked.body);
	if (!saved.ok) {
		if (saved.problem.status === 401) redirect(303, loginHref(here));
		return fail(saved.problem.status, { values, ...problemErrors(saved.problem) });
	}
	const id = saved.data.id;
	if (intent === 'save') redirect(303, `/employer/postings/${id}?done=saved`);
	const submitted = await locals.api.employerPostings.act(id, 'submit');
	if (submitted.ok) redirect(303, `/employer/postings/${id}?done=submitted`);
	// the draft is saved; show the reasons on its own page
	if (!postingId) redirect(303, `/employer/postings/${id}?done=saved&submit=failed`);
	return fail(submitted.problem.status, { values, ...problemErrors(submitted.problem) });
}
