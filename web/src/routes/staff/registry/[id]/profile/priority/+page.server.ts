import { STAFF } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { PRIORITY_OPTIONS, priorityActions, verificationActions } from '$lib/server/priority-forms';
import type { Actions, PageServerLoad } from './$types';

const here = (id: string) => `/staff/registry/${id}/profile/priority`;
const where = (id: string) => ({ page: here(id), personId: id, roles: STAFF });

/** Staff see and check a person's priority statuses and family members (代办, audited). */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, here(params.id), STAFF);
	const [profile, records] = await Promise.all([
		locals.api.profile.get(params.id),
		locals.api.priority.get(params.id),
	]);
	if (!profile.ok) loadFailed(profile.problem, here(params.id));
	if (!records.ok) loadFailed(records.problem, here(params.id));
	return {
		fullName: profile.data.identity.fullName,
		back: `/staff/registry/${params.id}/profile`,
		records: records.data,
		options: PRIORITY_OPTIONS,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	addStatus: (e) => priorityActions(where(e.params.id)).addStatus(e),
	addFamily: (e) => priorityActions(where(e.params.id)).addFamily(e),
	remove: (e) => priorityActions(where(e.params.id)).remove(e),
	decide: (e) => verificationActions(where(e.params.id)).decide(e),
	unmask: (e) => verificationActions(where(e.params.id)).unmask(e),
} satisfies Actions;
