import { COUNTY_STAFF, STAFF } from '@ronghe/contracts';
import { loadFailed, mayUse, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';
import { currentYear, linkFor, yearChoices, yearOf } from './indicator-scope';

/** 规划指标: the plan's indicators of one year, county-wide or for one township. */
export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, `${url.pathname}${url.search}`, STAFF);
	const county = mayUse(user, COUNTY_STAFF);
	const now = currentYear();
	const { year, issue } = yearOf(url.searchParams.get('year'), now);
	const townships = county ? await locals.api.townships() : null;
	const choices = townships?.ok
		? townships.data.items.map(({ code, name }) => ({ code, name }))
		: [];
	// township staff always see their own township (the API makes sure); others pick one or none
	const asked = url.searchParams.get('township') ?? '';
	const township = choices.some((t) => t.code === asked) ? asked : '';
	const res = await locals.api.indicators.list({ year, township: township || undefined });
	if (!res.ok) loadFailed(res.problem, `${url.pathname}${url.search}`);
	const isTownship = user.role === 'township';
	return {
		list: {
			...res.data,
			items: res.data.items.map((i) => ({ ...i, link: linkFor(i.link, isTownship) })),
		},
		years: yearChoices(now),
		township,
		townships: choices,
		canEditTargets: county,
		issues: [
			...(issue ? [issue] : []),
			...(asked && !township && county ? ['没有这个乡镇，下面是全县的数字。'] : []),
		],
	};
}) satisfies PageServerLoad;
