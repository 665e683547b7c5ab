import { describe, expect, it } from 'vitest';
import { saveSearchHref } from '$lib/jobs-href';
import { parseJobsQuery } from '$lib/server/jobs-query';
import { criteriaFields, hasCriteria, readCriteria } from './saved-search-criteria';

describe('readCriteria', () => {
	it('reads the /jobs conditions from a query string, lists included', () => {
		const params = new URLSearchParams(
			'q=按摩&township=140922100&postType=blind_health_massage&postType=blind_medical_massage&category=1&payMin=2000',
		);
		expect(hasCriteria(params)).toBe(true);
		expect(readCriteria(params)).toEqual({
			query: {
				q: '按摩',
				township: '140922100',
				postType: ['blind_health_massage', 'blind_medical_massage'],
				workMode: [],
				category: [1],
				payMin: 2000,
				accommodations: [],
			},
			dropped: [],
		});
	});

	it('leaves out a condition that is not valid and says why', () => {
		const { query, dropped } = readCriteria(new URLSearchParams('q=客服&payMin=很多&postType=x'));
		expect(query).toMatchObject({ q: '客服', postType: [] });
		expect(query.payMin).toBeUndefined();
		expect(dropped.length).toBeGreaterThan(0);
		expect(dropped.every((m) => /\p{Script=Han}/u.test(m))).toBe(true);
	});

	it('round-trips through the hidden form fields', () => {
		const { query } = readCriteria(new URLSearchParams('q=保洁&workMode=part_time&category=4'));
		const form = new FormData();
		for (const f of criteriaFields(query)) form.append(f.name, f.value);
		expect(readCriteria(form).query).toEqual(query);
	});

	it('sees no conditions in an empty address', () => {
		expect(hasCriteria(new URLSearchParams('delete=1'))).toBe(false);
	});
});

describe('saving a /jobs search', () => {
	it('keeps every condition of the search page, fair and pay included, and no order or page', () => {
		const fair = '0b7c1f7e-3c1a-4d8e-9f10-2a3b4c5d6e7f';
		const { query } = parseJobsQuery(
			new URLSearchParams(
				`q=按摩&township=140922100&postType=blind_health_massage&workMode=full_time&category=1&payMin=2500&accommodations=盲道&fair=${fair}&sort=pay&page=2`,
			),
		);
		const href = saveSearchHref(query);
		expect(href.startsWith('/me/saved-searches?')).toBe(true);
		const { query: saved, dropped } = readCriteria(new URL(href, 'http://x').searchParams);
		const { sort: _s, near: _n, page: _p, pageSize: _ps, ...filter } = query;
		expect(dropped).toEqual([]);
		expect(saved).toEqual(filter);
		expect(saved).toMatchObject({ payMin: 2500, fair });
		expect(href).not.toContain('sort=');
		expect(href).not.toContain('page=');
	});
});
