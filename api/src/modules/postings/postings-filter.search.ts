import type { PostingFilter } from '@ronghe/contracts';
import { dayNumber, type SearchFilter } from '@ronghe/search';

/**
 * The posting filter as search-index filters (Meilisearch): the other translation of the
 * filter, beside postingFilterSql (postings-filter.sql.ts) for the database. The two must mean
 * the same; tests/fixtures/posting-filters.ts holds the table of filters that all paths answer
 * alike. The words of `q` are not here: the engine matches them itself.
 */
export function postingFilterSearch(f: PostingFilter, today: string): SearchFilter[] {
	return [
		// not past the closing date (postings without one have the last possible day)
		{ field: 'closingDay', op: 'gte', value: dayNumber(today) },
		{ field: 'townshipCode', op: 'any', values: f.township ? [f.township] : [] },
		{ field: 'postType', op: 'any', values: f.postType },
		{ field: 'workMode', op: 'any', values: f.workMode },
		{ field: 'acceptedCategories', op: 'any', values: f.category },
		{ field: 'accommodations', op: 'all', values: f.accommodations },
		// the top of the posting's range reaches the pay asked for
		...(f.payMin !== undefined ? [{ field: 'payMax', op: 'gte' as const, value: f.payMin }] : []),
		{ field: 'fairIds', op: 'any', values: f.fair ? [f.fair] : [] },
	];
}
