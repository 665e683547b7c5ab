import { FAIR_ORGANISERS } from '@ronghe/contracts';
import { boothCounts, presentStaffFair } from '$lib/server/fair-present';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const HERE = '/staff/fairs';

/** Every fair, drafts too, with how many booths wait for a decision. */
export const load = (async ({ locals }) => {
	requireRole(locals, HERE, FAIR_ORGANISERS);
	const res = await locals.api.fairs.list();
	if (!res.ok) loadFailed(res.problem, HERE);
	// The list has no booth counts; each fair's own answer has its booths. A county holds a few
	// fairs a year, so one call each is cheap. A failed one shows the fair without its counts.
	const details = await Promise.all(res.data.items.map((f) => locals.api.fair.get(f.id)));
	return {
		fairs: res.data.items.map((f, i) => {
			const detail = details[i];
			return {
				...presentStaffFair(f),
				booths: detail?.ok ? boothCounts(detail.data.booths) : null,
			};
		}),
	};
}) satisfies PageServerLoad;
