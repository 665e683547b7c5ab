import { describe, expect, it } from 'vitest';
import { checkEmployee } from './quota-checks.js';

const ok = {
	certificateKind: 'disability' as const,
	level: 3,
	monthsCounted: 12,
	certificateValidUntil: '2030-01-01',
	contractStart: '2023-03-01',
	contractEnd: '2026-02-28',
	monthlyWage: '2500.00',
	insuranceMonths: 12,
};
const check = (over: Partial<typeof ok>) =>
	checkEmployee({ ...ok, ...over }, 2024, '1880.00', [1, 2, 3, 4, 5, 6, 7, 8]);

describe('checkEmployee', () => {
	it('counts a person with a valid certificate, a long contract, fair wage and insurance', () => {
		expect(check({})).toEqual({ counts: true, monthsUsed: 12, warnings: [] });
	});

	it('does not count a certificate that expired before the year', () => {
		expect(check({ certificateValidUntil: '2023-06-30' })).toMatchObject({
			counts: false,
			monthsUsed: 0,
		});
	});

	it('counts months only until the certificate expires in the year', () => {
		expect(check({ certificateValidUntil: '2024-08-31' })).toMatchObject({
			counts: true,
			monthsUsed: 8,
		});
	});

	it('does not count a contract shorter than one year, nor a wage below the minimum', () => {
		const short = check({ contractStart: '2024-01-01', contractEnd: '2024-12-30' });
		expect(short.warnings).toEqual(['劳动合同不到 1 年（2024-01-01 至 2024-12-30），不算。']);
		expect(check({ contractStart: '2024-01-01', contractEnd: '2024-12-31' }).counts).toBe(true);
		expect(check({ monthlyWage: '1500.00' })).toMatchObject({ counts: false });
	});

	it('counts only the months with social insurance paid', () => {
		expect(check({ insuranceMonths: 9 })).toMatchObject({ counts: true, monthsUsed: 9 });
		expect(check({ insuranceMonths: 0 })).toMatchObject({ counts: false, monthsUsed: 0 });
	});
});
