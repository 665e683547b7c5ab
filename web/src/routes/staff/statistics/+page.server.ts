import { COUNTY_STAFF } from '@ronghe/contracts';
import { currentYear, yearChoices, yearOf } from '$lib/plan-years';
import { requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/** 实名制统计: the year's workbook to download, numbers masked or (audited) in full. */
export const load = (({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
	// the statistics are sent for a finished year: last year unless another is chosen
	const last = currentYear() - 1;
	const { year, issue } = url.searchParams.has('year')
		? yearOf(url.searchParams.get('year'))
		: { year: last, issue: null };
	return {
		year,
		years: yearChoices(),
		issue,
		// the full-number form came back without its box ticked
		confirmMissing: url.searchParams.get('confirm') === 'missing',
	};
}) satisfies PageServerLoad;
