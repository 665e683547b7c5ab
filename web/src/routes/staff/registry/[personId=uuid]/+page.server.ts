import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { presentPerson } from '$lib/server/present-people';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.people.get(params.personId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	// a failure only leaves the list out: the rest of the page still helps
	const claims = await locals.api.people.claims(params.personId);
	return {
		person: presentPerson(res.data),
		claims: claims.ok ? claims.data.items : [],
		registered: url.searchParams.get('done') === 'new',
		claimConfirmed: url.searchParams.get('done') === 'claim',
	};
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

	/** Staff checked the papers of the person who signed up: link that account to this record. */
	confirmClaim: async ({ params, locals, url, request }) => {
		requireRole(locals, url.pathname, STAFF);
		const form = (await readForm(request)) ?? new FormData();
		const res = await locals.api.people.confirmClaim(params.personId, String(form.get('claimId')));
		if (res.ok) redirect(303, `${url.pathname}?done=claim`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
