import {
	ANNUAL_REVIEW_STATUS_LABELS,
	AnnualReviewListQuerySchema,
	COUNTY_STAFF,
} from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { problemFieldMessages } from '$lib/server/problems';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
	const get = (key: string) => url.searchParams.get(key) ?? '';
	const raw = { year: get('year'), status: get('status') };
	// Only what the schema accepts goes to the API; a bad value is named on the page.
	const { query, dropped } = parseQuery(AnnualReviewListQuerySchema, url.searchParams);
	const res = await locals.api.annualReviews.list(query);
	if (!res.ok && res.problem.status !== 400) loadFailed(res.problem, url.pathname);
	const thisYear = new Date().getFullYear();
	return {
		filters: { ...raw, page: query.page },
		issues: dropped,
		years: Array.from({ length: 6 }, (_, i) => thisYear - 1 - i),
		statuses: Object.entries(ANNUAL_REVIEW_STATUS_LABELS).map(([value, label]) => ({
			value,
			label,
		})),
		result: res.ok ? res.data : null,
		problem: res.ok ? [] : problemFieldMessages(res.problem),
	};
}) satisfies PageServerLoad;
