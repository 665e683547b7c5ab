import { error } from '@sveltejs/kit';
import { COUNTY_STAFF, EMPLOYER_KIND_LABELS, QuotaOverviewQuerySchema } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

const HERE = '/staff/quota';

export const load = (async ({ locals, url }) => {
	requireRole(locals, `${HERE}${url.search}`, COUNTY_STAFF);
	const lastYear = new Date().getFullYear() - 1;
	// empty fields (the form's 全部…) mean "any", not a value to check
	const raw = Object.fromEntries(
		['year', 'kind', 'township', 'page']
			.map((k) => [k, url.searchParams.get(k) ?? ''])
			.filter(([, v]) => v !== ''),
	);
	// a bad value is dropped and named, so the page still shows the figures
	const parsed = QuotaOverviewQuerySchema.safeParse(raw);
	const bad = new Set(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0])));
	const query = QuotaOverviewQuerySchema.parse(
		Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k))),
	);
	const year = query.year ?? lastYear;
	const [res, townships] = await Promise.all([
		locals.api.quota.overview({ ...query, year }),
		locals.api.townships(),
	]);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return {
		filters: { year, kind: query.kind ?? '', township: query.township ?? '' },
		issues: parsed.success ? [] : parsed.error.issues.map((i) => i.message),
		years: Array.from({ length: 6 }, (_, i) => lastYear - i),
		kinds: Object.entries(EMPLOYER_KIND_LABELS).map(([value, label]) => ({ value, label })),
		townships: townships.ok
			? townships.data.items.map((t) => ({ value: t.code, label: t.name }))
			: [],
		overview: res.data,
	};
}) satisfies PageServerLoad;
