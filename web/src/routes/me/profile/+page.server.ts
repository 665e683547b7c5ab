import { loadError, overviewOf, requireSeeker } from '$lib/server/profile';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireSeeker(locals, '/me/profile');
	const res = await locals.api.profile.get();
	if (!res.ok) loadError(res.problem);
	return {
		overview: overviewOf(res.data),
		welcome: url.searchParams.get('welcome') === '1',
		allDone: url.searchParams.get('done') === 'all',
	};
}) satisfies PageServerLoad;
