import { STAFF } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { certificateActions, PRIORITY_OPTIONS } from '$lib/server/priority-forms';
import type { Actions, PageServerLoad } from './$types';

const here = (id: string) => `/staff/registry/${id}/profile/certificates`;
const where = (id: string) => ({ page: here(id), personId: id, roles: STAFF });

/** Staff keep a person's certificates (代办, audited). */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, here(params.id), STAFF);
	const [profile, certificates] = await Promise.all([
		locals.api.profile.get(params.id),
		locals.api.certificates.list(params.id),
	]);
	if (!profile.ok) loadFailed(profile.problem, here(params.id));
	if (!certificates.ok) loadFailed(certificates.problem, here(params.id));
	return {
		fullName: profile.data.identity.fullName,
		back: `/staff/registry/${params.id}/profile`,
		certificates: certificates.data,
		kinds: PRIORITY_OPTIONS.certificates,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	add: (e) => certificateActions(where(e.params.id)).add(e),
	remove: (e) => certificateActions(where(e.params.id)).remove(e),
} satisfies Actions;
