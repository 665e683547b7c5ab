import { describe, expect, it } from 'vitest';
import { subtract } from './allocation.service.js';

const at = (h: number) => new Date(Date.UTC(2027, 0, 12, h));
const p = (a: number, b: number) => ({ startsAt: at(a), endsAt: at(b) });

describe('an interpreter’s free time minus their bookings', () => {
	it('cuts a booking out of the middle, trims the edges and leaves untouched periods alone', () => {
		expect(subtract([p(1, 5), p(7, 8)], [p(2, 3), p(4, 6)])).toEqual([p(1, 2), p(3, 4), p(7, 8)]);
	});
	it('drops a period booked from end to end', () => {
		expect(subtract([p(1, 2)], [p(1, 2)])).toEqual([]);
	});
});
