import { describe, expect, it } from 'vitest';
import { criteriaFields, hasCriteria, readCriteria } from './criteria';

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
