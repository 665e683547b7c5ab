import { describe, expect, it } from 'vitest';
import {
	addMonths,
	DEFAULT_PUBLIC_WELFARE_RULES,
	placementTerm,
	retirementDate,
	retirementDelayMonths,
} from './public-welfare-term.js';

describe('statutory retirement (2024 decision, gradual from 2025)', () => {
	it('adds nothing for those born before the schedule starts', () => {
		expect(retirementDate('1964-12-31', 'male')).toBe('2024-12-31');
		expect(retirementDate('1974-12-01', 'female')).toBe('2024-12-01');
	});

	it('adds a month every four months for men, up to 63 from September 1976', () => {
		expect(retirementDelayMonths('1965-01-15', 'male', 60)).toBe(1);
		expect(retirementDelayMonths('1965-04-30', 'male', 60)).toBe(1);
		expect(retirementDelayMonths('1965-05-01', 'male', 60)).toBe(2);
		expect(retirementDelayMonths('1976-08-31', 'male', 60)).toBe(35);
		expect(retirementDelayMonths('1976-09-01', 'male', 60)).toBe(36);
		expect(retirementDelayMonths('1990-01-01', 'male', 60)).toBe(36);
		expect(retirementDate('1965-01-15', 'male')).toBe('2025-02-15');
		expect(retirementDate('1976-09-10', 'male')).toBe('2039-09-10');
	});

	it('adds a month every two months for women whose age was 50, up to 55 from November 1984', () => {
		expect(retirementDate('1975-01-20', 'female')).toBe('2025-02-20');
		expect(retirementDelayMonths('1984-10-01', 'female', 50)).toBe(59);
		expect(retirementDelayMonths('1984-11-01', 'female', 50)).toBe(60);
		expect(retirementDate('1984-11-05', 'female')).toBe('2039-11-05');
	});

	it('uses 55 (to 58) for women when the setting says so', () => {
		const cadres = { femaleBaseAge: 55 as const };
		expect(retirementDate('1970-01-01', 'female', cadres)).toBe('2025-02-01');
		expect(retirementDate('1981-09-01', 'female', cadres)).toBe('2039-09-01');
	});

	it('keeps a 29 February birthday on the last day of the month', () => {
		expect(addMonths('1968-02-29', 12)).toBe('1969-02-28');
		expect(retirementDate('1968-02-29', 'male')).toBe('2028-12-29');
	});
});

describe('placement term', () => {
	const young = { birthDate: '1990-05-01', sex: 'female' as const };

	it('lasts at most 3 years: the same date three years on, not a day more', () => {
		const term = placementTerm({ ...young, start: '2026-03-01', firstApproved: '2026-03-01' });
		expect(term).toMatchObject({ latestEnd: '2029-03-01', toRetirement: false });
	});

	// a man born 1970-06-15 retires at 61 years 5 months: 2031-11-15
	const man = { birthDate: '1970-06-15', sex: 'male' as const };
	it('runs to retirement when fewer than 5 years from it at the first approval', () => {
		expect(retirementDate(man.birthDate, man.sex)).toBe('2031-11-15');
		const near = placementTerm({ ...man, start: '2026-11-16', firstApproved: '2026-11-16' });
		expect(near).toEqual({ latestEnd: '2031-11-15', toRetirement: true, retirement: '2031-11-15' });
	});

	it('does not extend at exactly 5 years from retirement', () => {
		const exactly = placementTerm({ ...man, start: '2026-11-15', firstApproved: '2026-11-15' });
		expect(exactly).toMatchObject({ latestEnd: '2029-11-15', toRetirement: false });
	});

	it('judges the extension by the age at the first approval, not the later placement', () => {
		// first placed at 2025-01-01, far from retirement; placed again 2028-01-01, now within 5 years
		const again = placementTerm({ ...man, start: '2028-01-01', firstApproved: '2025-01-01' });
		expect(again).toMatchObject({ latestEnd: '2031-01-01', toRetirement: false });
	});

	it('ends at retirement when that comes before the usual 3 years', () => {
		// a woman born 1977-03-10 retires at 51 years 2 months: 2028-05-10
		const woman = { birthDate: '1977-03-10', sex: 'female' as const };
		const term = placementTerm({ ...woman, start: '2026-01-01', firstApproved: '2026-01-01' });
		expect(term).toEqual({ latestEnd: '2028-05-10', toRetirement: true, retirement: '2028-05-10' });
	});

	it('follows the settings', () => {
		const rules = { ...DEFAULT_PUBLIC_WELFARE_RULES, maxYears: 2, extensionWithinYears: 3 };
		const term = placementTerm({ ...man, start: '2026-11-16', firstApproved: '2026-11-16' }, rules);
		expect(term).toMatchObject({ latestEnd: '2028-11-16', toRetirement: false });
	});
});
