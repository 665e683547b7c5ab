import { type applications, type invitations } from '../schema/matching.js';
import { addDays } from './dates.js';
import type { Random } from './random.js';

const APPLICATION_STATUS = [
	['submitted', 40],
	['viewed', 25],
	['interview', 12],
	['offered', 5],
	['hired', 6],
	['rejected', 8],
	['withdrawn', 4],
] as const;

/**
 * Applications (0–4 per published posting) and a few invitations to people who let employers
 * see them, so that employers have candidates and the visibility rules have something to show.
 */
export function makeMatching(
	rng: Random,
	now: Date,
	seekers: readonly { id: string; shares: boolean }[],
	published: readonly { id: string; employerId: string }[],
) {
	const apps: (typeof applications.$inferInsert)[] = [];
	const invites: (typeof invitations.$inferInsert)[] = [];
	if (!seekers.length) return { applications: apps, invitations: invites };
	const sharing = seekers.filter((s) => s.shares);
	for (const posting of published) {
		const n = rng.weighted([
			[0, 2],
			[1, 3],
			[2, 3],
			[3, 2],
			[4, 1],
		] as const);
		for (const seeker of rng.sample(seekers, n)) {
			const at = addDays(now, -rng.int(0, 40));
			apps.push({
				id: rng.uuid(),
				personId: seeker.id,
				postingId: posting.id,
				employerId: posting.employerId,
				status: rng.weighted(APPLICATION_STATUS),
				createdAt: at,
				updatedAt: at,
			});
		}
		if (sharing.length && rng.chance(0.25)) {
			const at = addDays(now, -rng.int(0, 20));
			const status = rng.weighted([
				['pending', 5],
				['accepted', 3],
				['declined', 2],
			] as const);
			invites.push({
				id: rng.uuid(),
				employerId: posting.employerId,
				personId: rng.pick(sharing).id,
				postingId: posting.id,
				status,
				respondedAt: status === 'pending' ? null : addDays(at, 1),
				createdAt: at,
				updatedAt: at,
			});
		}
	}
	return { applications: apps, invitations: invites };
}
