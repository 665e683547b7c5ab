import { COUNTY_STAFF, STAFF } from '@ronghe/contracts';
import { chinaToday } from '$lib/format';
import { loadFailed, mayUse, requireRole } from '$lib/server/guard';
import { yearOf } from '../indicator-scope';
import type { PageServerLoad } from './$types';

/** 打印年度汇总: one table of every indicator of the year, on one A4 page. */
export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, `${url.pathname}${url.search}`, STAFF);
	const { year } = yearOf(url.searchParams.get('year'));
	// county staff may print one township's figures; township staff always get their own
	const township = mayUse(user, COUNTY_STAFF)
		? url.searchParams.get('township') || undefined
		: undefined;
	const res = await locals.api.indicators.list({ year, township });
	if (!res.ok) loadFailed(res.problem, `${url.pathname}${url.search}`);
	return { list: res.data, printedOn: chinaToday() };
}) satisfies PageServerLoad;
