import { describe, expect, it } from 'vitest';
import { claimedMonths, overlapFlags } from './flags.js';

const row = (contractStart: string | null, contractEnd: string | null, hash = 'h1') => ({
	contractStart,
	contractEnd,
	idNumberHash: hash,
});

describe('claimedMonths', () => {
	it('clips the contract to the year, and takes the whole year when dates are missing', () => {
		expect(claimedMonths(row('2023-03-01', '2026-02-28'), 2025)).toEqual({ from: 1, to: 12 });
		expect(claimedMonths(row('2025-07-15', null), 2025)).toEqual({ from: 7, to: 12 });
		expect(claimedMonths(row(null, '2025-04-30'), 2025)).toEqual({ from: 1, to: 4 });
		expect(claimedMonths(row('2026-01-01', null), 2025)).toBeNull();
	});
});

describe('overlapFlags', () => {
	const other = (start: string, end: string | null, hash = 'h1') => ({
		...row(start, end, hash),
		employerName: '乙公司',
	});

	it('names the other employer and the overlapping months', () => {
		const flags = overlapFlags(row('2025-01-01', '2025-09-30'), 2025, [other('2025-07-01', null)]);
		expect(flags).toEqual([
			'同一个人（身份证号相同）也在“乙公司”2025 年的名单里，7 月到 9 月重叠：可能是挂靠，请核实实际在哪个单位上班。',
		]);
	});

	it('says nothing for months that follow each other, another person, or no hash', () => {
		expect(
			overlapFlags(row('2025-01-01', '2025-06-30'), 2025, [other('2025-07-01', null)]),
		).toEqual([]);
		expect(overlapFlags(row('2025-01-01', null), 2025, [other('2025-01-01', null, 'h2')])).toEqual(
			[],
		);
		expect(
			overlapFlags(row('2025-01-01', null, ''), 2025, [other('2025-01-01', null, '')]),
		).toEqual([]);
	});
});
