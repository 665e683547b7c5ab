import { PersonListQuerySchema, type PersonListQuery } from '@ronghe/contracts';

const FIELDS = [
	'page',
	'pageSize',
	'township',
	'q',
	'category',
	'level',
	'employmentStatus',
	'flagged',
	'source',
	'sort',
] as const;

/**
 * Reads the registry filters from the URL with the API's own schema. A bad value is dropped
 * and named, so the page still shows the list instead of an error.
 */
export function parseRegistryQuery(params: URLSearchParams): {
	query: PersonListQuery;
	dropped: string[];
} {
	const raw = Object.fromEntries(
		FIELDS.flatMap((f) => {
			const v = params.get(f);
			return v === null ? [] : [[f, v]];
		}),
	);
	const parsed = PersonListQuerySchema.safeParse(raw);
	if (parsed.success) return { query: parsed.data, dropped: [] };
	const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
	const kept = Object.fromEntries(Object.entries(raw).filter(([f]) => !bad.has(f)));
	return {
		query: PersonListQuerySchema.parse(kept),
		dropped: parsed.error.issues.map((i) => i.message),
	};
}
