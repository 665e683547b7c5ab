import { error } from '@sveltejs/kit';
import { COUNTY_STAFF, EMPLOYER_KIND_LABELS, QuotaOverviewQuerySchema } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

const HERE = '/staff/quota';

export const load = (async ({ locals, url }) => {
	requireRole(locals, `${HERE}${url.search}`, COUNTY_STAFF);
	const lastYear = new Date().getFullYear() - 1;
	// a bad value is dropped and named, so the page still shows the figures
	const { query, dropped } = parseQuery(QuotaOverviewQuerySchema, url.searchParams);
	const year = query.year ?? lastYear;
	const [res, townships] = await Promise.all([
		locals.api.quota.overview({ ...query, year }),
		locals.api.townships(),
	]);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return {
		filters: { year, kind: query.kind ?? '', township: query.township ?? '' },
		issues: dropped,
		years: Array.from({ length: 6 }, (_, i) => lastYear - i),
		kinds: Object.entries(EMPLOYER_KIND_LABELS).map(([value, label]) => ({ value, label })),
		townships: townships.ok
			? townships.data.items.map((t) => ({ value: t.code, label: t.name }))
			: [],
		overview: res.data,
	};
}) satisfies PageServerLoad;
