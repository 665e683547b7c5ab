import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SavedSearchQuerySchema } from './alerts.js';
import { POST_TYPES, WORK_MODES } from './labels.js';
import {
	PostingFilterQuerySchema,
	PostingFilterSchema,
	PostingListQuerySchema,
	type PostingFilter,
} from './postings.js';

/** A filter as a search form sends it: every value as text, lists as repeated values. */
function asQueryString(filter: Record<string, unknown>): Record<string, string | string[]> {
	return Object.fromEntries(
		Object.entries(filter)
			.filter(([, v]) => v !== undefined)
			.map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]),
	);
}

const filters: fc.Arbitrary<PostingFilter> = fc.record(
	{
		q: fc.string({ maxLength: 100 }).map((s) => s.trim()),
		township: fc.stringMatching(/^\d{9}$/),
		postType: fc.uniqueArray(fc.constantFrom(...POST_TYPES)),
		workMode: fc.uniqueArray(fc.constantFrom(...WORK_MODES)),
		category: fc.uniqueArray(fc.integer({ min: 1, max: 7 })),
		payMin: fc.integer({ min: 0, max: 100_000 }),
		accommodations: fc.array(
			fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s !== ''),
			{ maxLength: 20 },
		),
		fair: fc.uuid(),
	},
	{ requiredKeys: ['postType', 'workMode', 'category', 'accommodations'] },
);

describe('PostingFilterSchema and the query-string form of it', () => {
	it('have the same fields, and the search query and the saved search hold all of them', () => {
		const fields = Object.keys(PostingFilterSchema.shape).sort();
		expect(Object.keys(PostingFilterQuerySchema.shape).sort()).toEqual(fields);
		expect(Object.keys(PostingListQuerySchema.shape)).toEqual(expect.arrayContaining(fields));
		expect(SavedSearchQuerySchema).toBe(PostingFilterSchema);
	});

	it('read a filter sent as a query string as the same filter', () => {
		fc.assert(
			fc.property(filters, (filter) => {
				const fromJson = PostingFilterSchema.parse(filter);
				const fromQuery = PostingFilterQuerySchema.parse(asQueryString(filter));
				// the form cannot send an empty search word apart from no search word
				expect({ ...fromQuery, q: fromQuery.q || undefined }).toEqual({
					...fromJson,
					q: fromJson.q || undefined,
				});
			}),
		);
	});

	it.each([
		['a category outside the list', { category: [9] }],
		['a negative pay', { payMin: -1 }],
		['a pay that is not whole yuan', { payMin: 2500.5 }],
		['a township that is not a code', { township: '台城' }],
		['an accommodation of 51 characters', { accommodations: ['便'.repeat(51)] }],
		['21 accommodations', { accommodations: Array.from({ length: 21 }, (_, i) => `条件${i}`) }],
		['a fair that is not an id', { fair: 'fair-1' }],
	])('refuse %s in both forms, with a Chinese message', (_name, filter) => {
		const json = PostingFilterSchema.safeParse(filter);
		const query = PostingFilterQuerySchema.safeParse(asQueryString(filter));
		expect(json.success).toBe(false);
		expect(query.success).toBe(false);
		for (const issue of [...json.error!.issues, ...query.error!.issues])
			expect(issue.message).toMatch(/\p{Script=Han}/u);
	});
});
