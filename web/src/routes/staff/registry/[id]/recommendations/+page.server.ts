import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff acting for a seeker (代办) see the seeker's own recommendations; the API audits it. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.matching.forPerson(params.id, 20);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const done = url.searchParams.get('done');
	return {
		personId: params.id,
		list: res.data,
		// a fresh key each time the page is shown: a resent form applies once
		key: crypto.randomUUID(),
		applied: res.data.items.find((i) => i.postingId === done)?.title ?? null,
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Apply for the seeker to one of the postings on the list (代办), audited by the API. */
	apply: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const form = await readForm(request);
		const postingId = String(form?.get('postingId') ?? '');
		if (!form || !UUID.test(postingId)) return fail(400, { postingId, message: UNREADABLE_FORM });
		const key = String(form.get('key') ?? '') || crypto.randomUUID();
		const res = await locals.api.applications.applyFor(params.id, postingId, {}, key);
		if (res.ok) redirect(303, `${url.pathname}?done=${postingId}`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { postingId, message: problemMessage(res.problem) });
	},
} satisfies Actions;
