import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { GRADUATE_FIELDS, parseGraduate, readGraduateValues } from '$lib/server/referral-form';
import type { Actions, PageServerLoad } from './$types';

/** One graduate entry: change it, or remove an entry made by mistake. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.graduates.get(params.graduateId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const g = res.data;
	return {
		graduate: g,
		values: {
			personId: '',
			school: g.school,
			major: g.major,
			degree: g.degree,
			graduationYear: String(g.graduationYear),
			note: g.note,
		},
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const form = await readForm(request);
		const values = { ...readGraduateValues(form), personId: '' };
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseGraduate(values);
		if (!parsed.success) return failWith(parsed.error, GRADUATE_FIELDS, { values });
		const res = await locals.api.graduates.update(params.graduateId, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=saved`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, GRADUATE_FIELDS, { values });
	},
	remove: async ({ locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const res = await locals.api.graduates.remove(params.graduateId);
		if (res.ok) redirect(303, '/staff/graduates?done=removed');
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { removeMessage: res.problem.detail ?? '没有删除成功。' });
	},
} satisfies Actions;
