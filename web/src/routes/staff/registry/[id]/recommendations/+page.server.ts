import { STAFF } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/** Staff acting for a seeker (代办) see the seeker's own recommendations; the API audits it. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.matching.forPerson(params.id, 20);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return { personId: params.id, list: res.data };
}) satisfies PageServerLoad;
