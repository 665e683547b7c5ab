import { formatPeople, formatPercent, formatYuan } from '$lib/format';

// Kept apart from the page server code so the browser bundle does not pull in zod.
export type OverviewFilters = { year: number; kind: string; township: string };

/** One page of the overview list, leaving out empty conditions. */
export function overviewHref(f: OverviewFilters, page: number, path = '/staff/quota'): string {
	const p = new URLSearchParams({ year: String(f.year) });
	if (f.kind) p.set('kind', f.kind);
	if (f.township) p.set('township', f.township);
	if (page > 1) p.set('page', String(page));
	return `${path}?${p.toString()}`;
}

/** Unemployed job seekers of a township in the registry: the people to recommend to an employer. */
export const candidatesHref = (townshipCode: string) =>
	`/staff/registry?township=${townshipCode}&employmentStatus=unemployed`;

export const yuan = (n: number) => formatYuan(n);
export const people = formatPeople;
export const percent = (n: number) => formatPercent(n, 1);
