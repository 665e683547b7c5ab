import { describe, expect, it } from 'vitest';
import { hireWindow } from './quota-year';

describe('hireWindow', () => {
	it('offers this year, from this month to December', () => {
		expect(hireWindow(new Date(2026, 4, 20))).toEqual({
			year: 2026,
			firstMonth: 5,
			months: [5, 6, 7, 8, 9, 10, 11, 12],
		});
	});

	it('still offers December in December', () => {
		expect(hireWindow(new Date(2026, 11, 31)).months).toEqual([12]);
	});
});
