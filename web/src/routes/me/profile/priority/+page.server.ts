import { SEEKERS } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { PRIORITY_OPTIONS, priorityActions } from '$lib/server/priority-forms';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/profile/priority';
const where = { page: HERE, roles: SEEKERS };

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEEKERS);
	const res = await locals.api.priority.get();
	if (!res.ok) loadFailed(res.problem, HERE);
	return {
		records: res.data,
		options: PRIORITY_OPTIONS,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	addStatus: (e) => priorityActions(where).addStatus(e),
	addFamily: (e) => priorityActions(where).addFamily(e),
	remove: (e) => priorityActions(where).remove(e),
} satisfies Actions;
