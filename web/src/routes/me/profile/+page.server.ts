import { SEEKERS } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { loadError, overviewOf } from '$lib/server/profile';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, '/me/profile', SEEKERS);
	const res = await locals.api.profile.get();
	if (!res.ok) loadError(res.problem);
	return {
		overview: overviewOf(res.data),
		welcome: url.searchParams.get('welcome') === '1',
		allDone: url.searchParams.get('done') === 'all',
	};
}) satisfies PageServerLoad;
