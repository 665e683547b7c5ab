import { fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { loadRepEntry } from '$lib/server/booth-workspace';
import { loadChatMessages, sendChatMessage } from '$lib/server/fair-chat';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

/** A rep's text chat with one seeker of the booth's queue. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, EMPLOYERS);
	const [rep, messages] = await Promise.all([
		loadRepEntry(locals, params.fairId, params.entryId, url.pathname),
		loadChatMessages(locals, params.fairId, params.entryId, url.pathname),
	]);
	const { fairId, entryId } = params;
	return { ...rep, fairId, entryId, messages, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;

export const actions = {
	send: async (event) => {
		requireRole(event.locals, event.url.pathname, EMPLOYERS);
		const { fairId, entryId } = event.params;
		return sendChatMessage(event, fairId, entryId, event.url.pathname);
	},

	end: async ({ locals, params, url }) => {
		requireRole(locals, url.pathname, EMPLOYERS);
		const rep = await loadRepEntry(locals, params.fairId, params.entryId, url.pathname);
		const res = await locals.api.fair.end(params.fairId, params.entryId);
		const person = rep.entry ? `&person=${rep.entry.personId}` : '';
		if (res.ok) redirect(303, `${rep.workspace}?done=ended${person}`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { form: 'end' as const, message: problemMessage(res.problem) });
	},
} satisfies Actions;
