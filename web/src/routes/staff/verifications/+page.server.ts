import { STAFF } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const HERE = '/staff/verifications';

/** What seekers entered themselves and waits for staff to check (township staff: their own). */
export const load = (async ({ locals }) => {
	requireRole(locals, HERE, STAFF);
	const res = await locals.api.priority.pending();
	if (!res.ok) loadFailed(res.problem, HERE);
	return { pending: res.data };
}) satisfies PageServerLoad;
