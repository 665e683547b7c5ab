import { fail } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { presentPerson } from '$lib/server/present-people';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.people.get(params.personId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return { person: presentPerson(res.data), registered: url.searchParams.get('done') === 'new' };
}) satisfies PageServerLoad;

export const actions = {
	// The numbers come back in this one response only: a redirect would have to store them.
	unmask: async ({ params, locals, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const res = await locals.api.people.unmask(params.personId);
		if (res.ok) return { unmasked: res.data };
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
