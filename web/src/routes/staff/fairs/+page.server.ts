import { FAIR_ORGANISERS } from '@ronghe/contracts';
import { presentStaffFair } from '$lib/server/fair-present';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const HERE = '/staff/fairs';

/** Every fair, drafts too, with how many booths wait for a decision. */
export const load = (async ({ locals }) => {
	requireRole(locals, HERE, FAIR_ORGANISERS);
	const res = await locals.api.fairs.list();
	if (!res.ok) loadFailed(res.problem, HERE);
	// the organisers' list carries each fair's booth counts: one call, however many fairs
	return { fairs: res.data.items.map((f) => ({ ...presentStaffFair(f), booths: f.booths })) };
}) satisfies PageServerLoad;
