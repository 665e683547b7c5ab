import { fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url, params }) => {
	requireRole(locals, url.pathname, EMPLOYERS);
	const res = await locals.api.roster.get(params.employeeId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const roster = await locals.api.roster.list(res.data.year);
	if (!roster.ok) loadFailed(roster.problem, url.pathname);
	return {
		review: roster.data.review,
		employee: res.data,
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, url, params }) => {
		requireRole(locals, url.pathname, EMPLOYERS);
		const current = await locals.api.roster.get(params.employeeId);
		// already gone (a retried confirmation): back to the list all the same
		const year = current.ok ? current.data.year : undefined;
		const res = await locals.api.roster.remove(params.employeeId);
		if (res.ok || res.problem.status === 404)
			redirect(303, `/employer/quota/employees${year ? `?year=${year}&done=removed` : ''}`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
