import {
	PostingFilterQuerySchema,
	PostingFilterSchema,
	type PostingFilter,
} from '@ronghe/contracts';
import { POSTING_LIST_FIELDS } from './jobs-query';
import { parseQuery } from './query';

type Params = { get(name: string): unknown; getAll(name: string): unknown[] };

type Name = keyof PostingFilter;
/** The filter's fields, in the order of the /jobs form; repeated ones are lists. */
const NAMES = Object.keys(PostingFilterSchema.shape) as Name[];

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
	return parseQuery(PostingFilterQuerySchema, params, { lists: POSTING_LIST_FIELDS });
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
