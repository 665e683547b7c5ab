import { EMPLOYERS } from '@ronghe/contracts';
import { loadWorkspace } from '$lib/server/booth-workspace';
import {
	acceptEntry,
	endEntry,
	handOff,
	inviteToInterview,
	recordIntention,
	saveNote,
	setBookingLink,
} from '$lib/server/booth-workspace-actions';
import { requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** 展位接待: the booth's queue, its chats, the seekers it met and its interviews. */
export const load = (async ({ locals, params, url, depends }) => {
	const me = requireRole(locals, url.pathname, EMPLOYERS);
	// the page reads itself again every few seconds while it is open (auto-refresh.svelte)
	depends('app:booth-workspace');
	const data = await loadWorkspace(locals, params.fairId, params.boothId, url.pathname);
	return {
		...data,
		meId: me.id,
		done: url.searchParams.get('done'),
		person: url.searchParams.get('person'),
	};
}) satisfies PageServerLoad;

export const actions = {
	accept: acceptEntry,
	end: endEntry,
	handoff: handOff,
	note: saveNote,
	intention: recordIntention,
	invite: inviteToInterview,
	link: setBookingLink,
} satisfies Actions;
