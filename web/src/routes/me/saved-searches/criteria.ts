import {
	PostingFilterQuerySchema,
	PostingFilterSchema,
	type PostingFilter,
} from '@ronghe/contracts';

type Params = { get(name: string): unknown; getAll(name: string): unknown[] };

type Name = keyof PostingFilter;
/** The filter's fields, in the order of the /jobs form; repeated ones are lists. */
const NAMES = Object.keys(PostingFilterSchema.shape) as Name[];
const LISTS: ReadonlySet<Name> = new Set(['postType', 'workMode', 'category', 'accommodations']);

const texts = (params: Params, name: string) =>
	params.getAll(name).filter((v): v is string => typeof v === 'string');

/** True when the address or form carries any search condition. */
export function hasCriteria(params: Params): boolean {
	return NAMES.some((n) => texts(params, n).some((v) => v.trim() !== ''));
}

/**
 * The /jobs conditions from a query string or a submitted form, read with the same schema as
 * the search (the posting filter), so the saved search is the search that was on the page.
 * A condition that is not valid is left out, and `dropped` says which, in plain words.
 */
export function readCriteria(params: Params): { query: PostingFilter; dropped: string[] } {
	const raw: Record<string, string | string[]> = {};
	for (const name of NAMES) {
		const values = texts(params, name);
		if (values.length) raw[name] = LISTS.has(name) ? values : values[0]!;
	}
	const parsed = PostingFilterQuerySchema.safeParse(raw);
	if (parsed.success) return { query: parsed.data, dropped: [] };
	const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
	const messages = [...new Set(parsed.error.issues.map((i) => i.message))];
	for (const key of bad) delete raw[key];
	return { query: PostingFilterQuerySchema.parse(raw), dropped: messages };
}

/** The conditions as hidden form fields, so the POST form carries exactly what is shown. */
export function criteriaFields(q: PostingFilter): { name: string; value: string }[] {
	const fields: { name: string; value: string }[] = [];
	for (const name of NAMES) {
		const value = q[name];
		if (Array.isArray(value)) for (const v of value) fields.push({ name, value: String(v) });
		else if (value !== undefined && value !== '') fields.push({ name, value: String(value) });
	}
	return fields;
}
