import { SavedSearchQuerySchema, type SavedSearchQuery } from '@ronghe/contracts';

type Params = { get(name: string): unknown; getAll(name: string): unknown[] };

const LISTS = ['postType', 'workMode', 'category', 'accommodations'] as const;
const NAMES = ['q', 'township', 'payMin', ...LISTS] as const;

/** True when the address or form carries any search condition. */
export function hasCriteria(params: Params): boolean {
	return NAMES.some((n) => params.getAll(n).some((v) => typeof v === 'string' && v.trim() !== ''));
}

/**
 * The /jobs conditions from a query string or a submitted form, checked with the API's schema.
 * A condition that is not valid is left out, and `dropped` says which, in plain words.
 */
export function readCriteria(params: Params): { query: SavedSearchQuery; dropped: string[] } {
	const text = (name: string) => {
		const v = params.get(name);
		return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
	};
	const list = (name: string) =>
		params.getAll(name).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
	const payMin = text('payMin');
	const raw: Record<string, unknown> = {
		q: text('q'),
		township: text('township'),
		postType: list('postType'),
		workMode: list('workMode'),
		category: list('category').map(Number),
		payMin: payMin === undefined ? undefined : Number(payMin),
		accommodations: list('accommodations'),
	};
	const parsed = SavedSearchQuerySchema.safeParse(raw);
	if (parsed.success) return { query: parsed.data, dropped: [] };
	const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
	const messages = [...new Set(parsed.error.issues.map((i) => i.message))];
	for (const key of bad) delete raw[key];
	return { query: SavedSearchQuerySchema.parse(raw), dropped: messages };
}

/** The conditions as hidden form fields, so the POST form carries exactly what is shown. */
export function criteriaFields(q: SavedSearchQuery): { name: string; value: string }[] {
	const fields: { name: string; value: string }[] = [];
	if (q.q) fields.push({ name: 'q', value: q.q });
	if (q.township) fields.push({ name: 'township', value: q.township });
	if (q.payMin !== undefined) fields.push({ name: 'payMin', value: String(q.payMin) });
	for (const name of LISTS) for (const v of q[name]) fields.push({ name, value: String(v) });
	return fields;
}
