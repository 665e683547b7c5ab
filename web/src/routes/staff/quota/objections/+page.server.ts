import { error, fail, redirect } from '@sveltejs/kit';
import { AnswerObjectionBodySchema, COUNTY_STAFF } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/quota/objections';

export const load = (async ({ locals, url }) => {
	requireRole(locals, `${HERE}${url.search}`, COUNTY_STAFF);
	const status = url.searchParams.get('status');
	const filter = status === 'open' || status === 'answered' ? status : '';
	const res = await locals.api.quota.objections({ status: filter });
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return { objections: res.data.items, status: filter, answered: url.searchParams.get('answered') };
}) satisfies PageServerLoad;

export const actions = {
	answer: async ({ request, locals }) => {
		requireRole(locals, HERE, COUNTY_STAFF);
		const form = await readForm(request);
		if (!form) return fail(400, { objectionId: '', response: '', error: UNREADABLE_FORM });
		const objectionId = String(form.get('objectionId') ?? '');
		const response = String(form.get('response') ?? '');
		const parsed = AnswerObjectionBodySchema.safeParse({ response });
		if (!parsed.success)
			return fail(400, { objectionId, response, error: parsed.error.issues[0]!.message });
		const res = await locals.api.quota.answer(objectionId, parsed.data);
		if (!res.ok)
			return fail(res.problem.status, {
				objectionId,
				response,
				error: problemMessage(res.problem),
			});
		redirect(303, `${HERE}?answered=${objectionId}#objection-${objectionId}`);
	},
} satisfies Actions;
