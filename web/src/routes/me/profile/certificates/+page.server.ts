import { SEEKERS } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { certificateActions, PRIORITY_OPTIONS } from '$lib/server/priority-forms';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/profile/certificates';
const where = { page: HERE, roles: SEEKERS };

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEEKERS);
	const res = await locals.api.certificates.list();
	if (!res.ok) loadFailed(res.problem, HERE);
	return {
		certificates: res.data,
		kinds: PRIORITY_OPTIONS.certificates,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	add: (e) => certificateActions(where).add(e),
	remove: (e) => certificateActions(where).remove(e),
} satisfies Actions;
