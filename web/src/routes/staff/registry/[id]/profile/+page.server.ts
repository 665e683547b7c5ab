import { loadError, overviewOf, requireStaff } from '$lib/server/profile';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	const base = `/staff/registry/${params.id}/profile`;
	requireStaff(locals, base);
	const res = await locals.api.profile.get(params.id);
	if (!res.ok) loadError(res.problem);
	return { overview: overviewOf(res.data), base, allDone: url.searchParams.get('done') === 'all' };
}) satisfies PageServerLoad;
