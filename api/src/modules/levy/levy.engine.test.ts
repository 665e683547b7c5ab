import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLevy, type LevyInput, type LevyRuleSet } from './levy.engine.js';

// the seeded 山西 row for collection year 2025 (db/src/reference/levy-rules.ts)
const RULE_2025: LevyRuleSet = {
	collectionYear: 2025,
	quotaRatio: '0.0150',
	wageCapMultiple: '2.00',
	tierThreshold: '0.0100',
	rateAtOrAbove: '0.5000',
	rateBelow: '0.9000',
	smallEnterpriseMaxStaff: 30,
	doubleDisabilityLevels: [1, 2],
	doubleMilitaryGrades: [1, 2, 3],
	countedMilitaryGrades: [1, 2, 3, 4, 5, 6, 7, 8],
	averageStaffDecimals: 2,
	averageStaffRounding: 'truncate',
};
const HALF_YEARS = [...Array(6).fill(245), ...Array(6).fill(255)] as number[];
const caseA: LevyInput = {
	employerKind: 'enterprise',
	monthlyStaff: HALF_YEARS,
	wageBill: 16_250_000,
	localAverageWage: 60_000,
	disabledEmployees: [
		{ certificate: 'disability', level: 3, months: 12 },
		{ certificate: 'disability', level: 1, months: 3 },
	],
};

describe('computeLevy: the worked cases of docs/domain.md#worked-example', () => {
	it('case A: 90 % tier below 1 %, to the cent', () => {
		expect(computeLevy(RULE_2025, caseA)).toMatchObject({
			averageStaff: 250,
			requiredCount: 3.75,
			countedDisabled: 1.5,
			actualRatio: 0.006,
			shortfall: 2.25,
			averageWage: 65_000,
			wageBase: 65_000,
			grossLevy: 146_250,
			payableRate: 0.9,
			exempt: false,
			levyDue: 131_625,
		});
	});

	it('case B: 50 % tier at 1.30 %', () => {
		const r = computeLevy(RULE_2025, {
			...caseA,
			disabledEmployees: [
				{ certificate: 'disability', level: 3, months: 12 },
				{ certificate: 'disability', level: 2, months: 12 },
				{ certificate: 'disability', level: 4, months: 3 },
			],
		});
		expect(r).toMatchObject({ countedDisabled: 3.25, actualRatio: 0.013, shortfall: 0.5 });
		expect(r).toMatchObject({ grossLevy: 32_500, payableRate: 0.5, levyDue: 16_250 });
	});

	it('case C: the wage is capped at twice the local average', () => {
		const r = computeLevy(RULE_2025, { ...caseA, wageBill: 37_500_000 });
		expect(r).toMatchObject({ averageWage: 150_000, wageBase: 120_000, grossLevy: 270_000 });
		expect(r.levyDue).toBe(243_000);
		expect(r.steps.join('\n')).toContain('超过了，按 120,000.00 元 算');
	});

	it('case D: an enterprise of 28 is exempt although it has a gross of 22,500.00', () => {
		const r = computeLevy(RULE_2025, {
			employerKind: 'enterprise',
			monthlyStaff: Array(12).fill(28) as number[],
			wageBill: 1_500_000,
			localAverageWage: 60_000,
			disabledEmployees: [],
		});
		expect(r).toMatchObject({ requiredCount: 0.42, shortfall: 0.42, averageWage: 53_571.43 });
		expect(r).toMatchObject({ grossLevy: 22_500, exempt: true, payableRate: 0, levyDue: 0 });
	});

	it('explains every step in Chinese', () => {
		const steps = computeLevy(RULE_2025, caseA).steps;
		expect(steps[0]).toBe(
			'2024 年平均职工人数：12 个月人数合计 3000.00 ÷ 12 = 250.00 人（保留 2 位小数，后面的不要，不四舍五入）。',
		);
		expect(steps).toContain(
			'第 2 位（残疾人证 1 级，3 个月）：这个等级 1 人算 2 人，2 × 3 ÷ 12 = 0.50 人。',
		);
		expect(steps).toContain('分档减缴：实际安排比例 0.6%，不到 1%，按 90% 交。');
		expect(steps.at(-1)).toBe(
			'应缴保障金：146,250.00 × 90% = 131,625.00 元（最后一步四舍五入到分）。',
		);
	});
});

describe('computeLevy: counting rules', () => {
	it('keeps the average staff to 2 decimals without rounding up', () => {
		const r = computeLevy(RULE_2025, { ...caseA, monthlyStaff: [...HALF_YEARS.slice(1), 256] });
		// 3011 ÷ 12 = 250.91666… → 250.91
		expect(r.averageStaff).toBe(250.91);
	});

	it('does not count 残疾军人证 grade 9 and doubles grade 3', () => {
		const military = (level: number) => ({ certificate: 'military' as const, level, months: 12 });
		const r = computeLevy(RULE_2025, { ...caseA, disabledEmployees: [military(9), military(3)] });
		expect(r.countedDisabled).toBe(2);
		expect(r.steps.join('\n')).toContain('这一位不计入');
	});

	it('rounds the amount due once, half-up, from the exact gross', () => {
		// 8 months of one person: counted 0.6666…; the gross is not a whole number of fen
		const r = computeLevy(RULE_2025, {
			employerKind: 'agency',
			averageStaff: 100,
			wageBill: 7_000_000,
			disabledEmployees: [{ certificate: 'military', level: 7, months: 8 }],
		});
		// (1.5 − 2/3) × 70,000 = 58,333.333… ; × 90 % = 52,500.00 exactly
		expect(r).toMatchObject({ grossLevy: 58_333.33, payableRate: 0.9, levyDue: 52_500 });
	});

	it('charges an agency of 20 staff: the exemption is for enterprises only', () => {
		const r = computeLevy(RULE_2025, {
			employerKind: 'agency',
			averageStaff: 20,
			wageBill: 1_000_000,
			disabledEmployees: [],
		});
		expect(r).toMatchObject({ exempt: false, shortfall: 0.3, levyDue: 13_500 });
	});
});

const arbEmployee = fc.oneof(
	fc.record({
		certificate: fc.constant('disability' as const),
		level: fc.integer({ min: 1, max: 4 }),
		months: fc.integer({ min: 1, max: 12 }),
	}),
	fc.record({
		certificate: fc.constant('military' as const),
		level: fc.integer({ min: 1, max: 10 }),
		months: fc.integer({ min: 1, max: 12 }),
	}),
);
const arbInput: fc.Arbitrary<LevyInput> = fc.record({
	employerKind: fc.constantFrom('enterprise', 'agency', 'institution', 'social_organization'),
	monthlyStaff: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 12, maxLength: 12 }),
	wageBill: fc.integer({ min: 0, max: 2_000_000_000 }).map((fen) => (fen / 100).toFixed(2)),
	localAverageWage: fc.option(fc.integer({ min: 20_000, max: 200_000 }), { nil: undefined }),
	disabledEmployees: fc.array(arbEmployee, { maxLength: 8 }),
});
const countedEmployee = fc.record({
	certificate: fc.constant('disability' as const),
	level: fc.integer({ min: 1, max: 4 }),
	months: fc.integer({ min: 1, max: 12 }),
});
const quick = (input: LevyInput) => computeLevy(RULE_2025, input, { explain: false });

// weight of an employee by the rules, computed here independently of the engine
const weightOf = (e: LevyInput['disabledEmployees'][number]) =>
	e.certificate === 'military' ? (e.level > 8 ? 0 : e.level <= 3 ? 2 : 1) : e.level <= 2 ? 2 : 1;

describe('computeLevy: properties', () => {
	it('never returns a negative levy', () => {
		fc.assert(
			fc.property(arbInput, (input) => void expect(quick(input).levyDue).toBeGreaterThanOrEqual(0)),
		);
	});

	it('never grows when a counted disabled employee is added', () => {
		fc.assert(
			fc.property(arbInput, countedEmployee, (input, extra) => {
				const more = { ...input, disabledEmployees: [...input.disabledEmployees, extra] };
				expect(quick(more).levyDue).toBeLessThanOrEqual(quick(input).levyDue);
			}),
		);
	});

	it('exempts only enterprises with 30 staff or fewer', () => {
		fc.assert(
			fc.property(arbInput, (input) => {
				const sum = input.monthlyStaff!.reduce((a, b) => a + b, 0);
				const small = Math.floor((sum * 100) / 12) <= 3000;
				expect(quick(input).exempt).toBe(input.employerKind === 'enterprise' && small);
			}),
		);
	});

	it('charges nothing at or above the 1.5 % ratio', () => {
		fc.assert(
			fc.property(arbInput, (input) => {
				// integers only: Σ weight × months ÷ 12 ≥ (average staff to the fen of a person) × 1.5 %
				const sum = input.monthlyStaff!.reduce((a, b) => a + b, 0);
				const n100 = Math.floor((sum * 100) / 12);
				const counted12 = input.disabledEmployees.reduce((a, e) => a + weightOf(e) * e.months, 0);
				const r = quick(input);
				if (counted12 * 100 * 1000 >= 12 * n100 * 15) expect(r.levyDue).toBe(0);
				else expect(r.shortfall).toBeGreaterThan(0);
			}),
		);
	});
});
