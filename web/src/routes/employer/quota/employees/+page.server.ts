import { EMPLOYERS } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { recentYears, yearOf } from '../quota-year';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, EMPLOYERS);
	const year = yearOf(url);
	const res = await locals.api.roster.list(year);
	if (!res.ok) loadFailed(res.problem, `${url.pathname}${url.search}`);
	return {
		roster: res.data,
		year,
		years: recentYears(),
		done: url.searchParams.get('done') ?? '',
	};
}) satisfies PageServerLoad;
