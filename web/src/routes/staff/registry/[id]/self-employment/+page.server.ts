import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { parseSupport, readSupportValues, SUPPORT_FIELDS } from '$lib/server/support-form';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 创业扶持: the business as the employment record has it, the support given, and a form. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.selfEmployment.support(params.id);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		support: res.data,
		values: readSupportValues(null),
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	add: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const form = await readForm(request);
		const values = readSupportValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseSupport(values);
		if (!parsed.success) return failWith(parsed.error, SUPPORT_FIELDS, { values });
		const res = await locals.api.selfEmployment.addSupport(params.id, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=added`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, SUPPORT_FIELDS, { values });
	},
	remove: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const id = String((await readForm(request))?.get('supportId') ?? '');
		if (!UUID.test(id)) return fail(400, { removeMessage: UNREADABLE_FORM });
		const res = await locals.api.selfEmployment.removeSupport(params.id, id);
		if (res.ok) redirect(303, `${url.pathname}?done=removed`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { removeMessage: problemMessage(res.problem) });
	},
} satisfies Actions;
