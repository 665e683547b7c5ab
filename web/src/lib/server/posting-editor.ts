import { error, fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import type { ApiClient } from './api';
import { readForm, UNREADABLE_FORM } from './form-data';
import { redirectIfSignedOut, requireRole } from './guard';
import { problemErrors, readEditorValues, validate, type EditorValues } from './posting-form';
import { problemMessage } from './problems';

/** Lists the editor needs: townships and occupations. */
export async function editorChoices(api: ApiClient) {
	const [townships, occupations] = await Promise.all([api.townships(), api.occupations.list()]);
	if (!townships.ok) error(townships.problem.status, problemMessage(townships.problem));
	if (!occupations.ok) error(occupations.problem.status, problemMessage(occupations.problem));
	return { townships: townships.data.items, occupations: occupations.data.items };
}

type Intent = 'save' | 'check' | 'submit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One handler for the editor's buttons. 检查 only re-renders with the findings of what was typed;
 * 保存 and 提交审核 save first (so nothing typed is lost), then submit when asked.
 *
 * On the new-posting page a failed 提交审核 has already saved a draft: the page answers with the
 * reasons next to the fields and carries the draft's id (draftId) in the form, so the next press
 * updates that draft instead of making another one.
 */
export async function handleEditor(
	request: Request,
	locals: App.Locals,
	here: string,
	postingId: string | undefined,
	intent: Intent,
) {
	requireRole(locals, here, EMPLOYERS);
	const form = await readForm(request);
	if (!form)
		return fail(400, {
			values: undefined as EditorValues | undefined,
			draftId: undefined as string | undefined,
			errors: {},
			message: UNREADABLE_FORM,
		});
	const values = readEditorValues(form);
	const sentDraft = String(form.get('draftId') ?? '');
	const draftId = postingId ? undefined : UUID.test(sentDraft) ? sentDraft : undefined;
	if (intent === 'check') return { values, draftId, checked: true };
	const checked = validate(values);
	if ('errors' in checked)
		return fail(400, {
			values,
			draftId,
			errors: checked.errors,
			message: '有些地方需要修改，请看下面的提示。',
		});
	const existing = postingId ?? draftId;
	const saved = existing
		? await locals.api.employerPostings.update(existing, checked.body)
		: await locals.api.employerPostings.create(checked.body);
	if (!saved.ok) {
		redirectIfSignedOut(saved.problem, here);
		return fail(saved.problem.status, { values, draftId, ...problemErrors(saved.problem) });
	}
	const id = saved.data.id;
	if (intent === 'save') redirect(303, `/employer/postings/${id}?done=saved`);
	const submitted = await locals.api.employerPostings.act(id, 'submit');
	if (submitted.ok) redirect(303, `/employer/postings/${id}?done=submitted`);
	const problem = problemErrors(submitted.problem);
	return fail(submitted.problem.status, {
		values,
		draftId: postingId ? undefined : id,
		errors: problem.errors,
		message: `草稿已保存，但还不能提交审核：${problem.message ?? '请按提示修改'}`,
	});
}
