import { presentFair } from '$lib/server/present';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

const byStart = (a: { startsAt: string }, b: { startsAt: string }) =>
	Date.parse(a.startsAt) - Date.parse(b.startsAt);

export const load = (async ({ locals }) => {
	const res = await locals.api.fairs.list();
	if (!res.ok)
		return { problem: problemMessage(res.problem), live: [], upcoming: [], finished: [] };
	const fairs = res.data.items.map(presentFair);
	return {
		problem: null,
		live: fairs.filter((f) => f.status === 'live').sort(byStart),
		upcoming: fairs.filter((f) => f.status === 'upcoming').sort(byStart),
		// The most recent finished fair first.
		finished: fairs.filter((f) => f.status === 'finished').sort((a, b) => byStart(b, a)),
	};
}) satisfies PageServerLoad;
