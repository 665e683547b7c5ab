import type { PersonListQuery } from '@ronghe/contracts';

// Kept apart from the server's query parsing so the browser bundle does not pull in zod.
type Query = Partial<PersonListQuery>;

/** The list's conditions that also choose who is exported. */
export const FILTER_KEYS = [
	'q',
	'township',
	'category',
	'level',
	'employmentStatus',
	'flagged',
	'source',
	'sort',
] as const;

function params(query: Query): URLSearchParams {
	const p = new URLSearchParams();
	for (const key of FILTER_KEYS.filter((k) => k !== 'sort')) {
		const v = query[key];
		if (v !== undefined && v !== '') p.set(key, String(v));
	}
	if (query.sort && query.sort !== 'name') p.set('sort', query.sort);
	return p;
}

/** The address of one page of the list, leaving out empty conditions. */
export function registryHref(
	query: Query,
	page: number,
): '/staff/registry' | `/staff/registry?${string}` {
	const p = params(query);
	if (query.pageSize && query.pageSize !== 20) p.set('pageSize', String(query.pageSize));
	if (page > 1) p.set('page', String(page));
	const search = p.toString();
	return search ? `/staff/registry?${search}` : '/staff/registry';
}

/** The Excel export of the same selection (all pages). */
export function exportHref(
	query: Query,
): '/staff/registry/export.xlsx' | `/staff/registry/export.xlsx?${string}` {
	const search = params(query).toString();
	return search ? `/staff/registry/export.xlsx?${search}` : '/staff/registry/export.xlsx';
}

/** The same conditions as hidden fields of the full-number export form (a POST). */
export function exportFields(query: Query): [string, string][] {
	return [...params(query).entries()];
}
