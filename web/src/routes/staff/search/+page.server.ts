import { fail, redirect } from '@sveltejs/kit';
import { SEARCH_OPERATORS } from '@ronghe/contracts';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/search';

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEARCH_OPERATORS);
	const res = await locals.api.searchSync.status();
	if (!res.ok) loadFailed(res.problem, HERE);
	return { status: res.data, retried: url.searchParams.get('retried') };
}) satisfies PageServerLoad;

export const actions = {
	retry: async ({ locals }) => {
		requireRole(locals, HERE, SEARCH_OPERATORS);
		const res = await locals.api.searchSync.retryFailed();
		if (res.ok) redirect(303, `${HERE}?retried=${res.data.retried}`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
