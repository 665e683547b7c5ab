import { describe, expect, it } from 'vitest';
import { quoteValue, toMeiliFilter, toMeiliParams } from './meili-query.js';

describe('toMeiliFilter', () => {
	it('quotes user text so it cannot change the expression', () => {
		expect(quoteValue('a" OR townshipCode EXISTS OR "b')).toBe(
			'"a\\" OR townshipCode EXISTS OR \\"b"',
		);
		expect(quoteValue('back\\slash')).toBe('"back\\\\slash"');
	});

	it('joins conditions with AND and skips empty lists', () => {
		expect(
			toMeiliFilter([
				{ field: 'postType', op: 'any', values: ['quota', 'home_based'] },
				{ field: 'workMode', op: 'any', values: [] },
				{ field: 'accommodations', op: 'all', values: ['电梯', '手语同事'] },
				{ field: 'payMax', op: 'gte', value: 2000 },
			]),
		).toBe(
			'(postType IN ["quota", "home_based"]) AND (accommodations = "电梯") AND (accommodations = "手语同事") AND (payMax >= 2000)',
		);
		expect(toMeiliFilter([])).toBeUndefined();
	});

	it('refuses a field name that is not a plain identifier', () => {
		expect(() => toMeiliFilter([{ field: 'a = 1 OR b', op: 'gte', value: 1 }])).toThrow();
	});
});

describe('toMeiliParams', () => {
	it('turns offset and limit into a page and a distance sort into _geoPoint', () => {
		const params = toMeiliParams({
			q: '',
			filters: [],
			sort: [{ near: { lat: 38.7, lng: 113.3 } }, { field: 'publishedAt', dir: 'desc' }],
			facets: ['postType'],
			offset: 40,
			limit: 20,
		});
		expect(params).toMatchObject({
			page: 3,
			hitsPerPage: 20,
			sort: ['_geoPoint(38.7, 113.3):asc', 'publishedAt:desc'],
			facets: ['postType'],
		});
	});
});
