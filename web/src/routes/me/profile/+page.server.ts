import { redirect } from '@sveltejs/kit';
import { SEEKERS, SIGN_UP_CLAIM_NOTICE } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { loadError, overviewOf } from '$lib/server/profile';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, '/me/profile', SEEKERS);
	const res = await locals.api.profile.get();
	// an account whose registry record waits for the code or the township has no profile yet
	if (!res.ok && res.problem.status === 404) redirect(303, '/me/claim');
	if (!res.ok) loadError(res.problem);
	return {
		overview: overviewOf(res.data),
		welcome: url.searchParams.get('welcome') === '1',
		claimNotice: SIGN_UP_CLAIM_NOTICE,
		claimed: url.searchParams.get('done') === 'claimed',
		allDone: url.searchParams.get('done') === 'all',
	};
}) satisfies PageServerLoad;
