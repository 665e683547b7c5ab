import { loadFailed } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/**
 * The public home page; a signed-in seeker also gets their next steps at the top (their profile,
 * recommendations, applications, invitations and the next fair).
 */
export const load = (async ({ locals }) => {
	const [res, home] = await Promise.all([
		locals.api.postings.list({ pageSize: 1 }),
		locals.user?.role === 'seeker' ? locals.api.home.seeker() : null,
	]);
	if (home && !home.ok) loadFailed(home.problem, '/');
	return {
		openPostings: res.ok ? res.data.total : null,
		seekerHome: home && home.ok ? home.data : null,
	};
}) satisfies PageServerLoad;
