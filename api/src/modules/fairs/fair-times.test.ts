import { describe, expect, it } from 'vitest';
import { chinaMidnight, openingPeriods, slotLabel, slotTimes } from './fair-times.js';

describe('fair times (China time)', () => {
	const fair = {
		startsAt: new Date('2027-01-12T09:00:00+08:00'),
		endsAt: new Date('2027-01-13T17:00:00+08:00'),
		opensAtMinute: 9 * 60,
		closesAtMinute: 10 * 60 + 40,
	};

	it('finds midnight in China, also in the early hours when UTC is still the day before', () => {
		expect(chinaMidnight(new Date('2027-01-12T01:30:00+08:00')).toISOString()).toBe(
			'2027-01-11T16:00:00.000Z',
		);
	});

	it('opens each day of the fair for its hours', () => {
		expect(openingPeriods(fair).map((p) => slotLabel(p))).toEqual([
			'1月12日 09:00–10:40',
			'1月13日 09:00–10:40',
		]);
	});

	it('fills the hours with whole slots and drops a stub at the end', () => {
		const slots = slotTimes(fair, 15);
		// 100 minutes a day: six 15-minute slots, the last 10 minutes left out
		expect(slots).toHaveLength(12);
		expect(slotLabel(slots[5]!)).toBe('1月12日 10:15–10:30');
		expect(slotLabel(slots[6]!)).toBe('1月13日 09:00–09:15');
	});
});
