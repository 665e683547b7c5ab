import { STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { loadError, overviewOf } from '$lib/server/profile';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const base = `/staff/registry/${params.id}/profile`;
	requireRole(locals, base, STAFF);
	const res = await locals.api.profile.get(params.id);
	if (!res.ok) loadError(res.problem);
	return { overview: overviewOf(res.data), base, allDone: url.searchParams.get('done') === 'all' };
}) satisfies PageServerLoad;
