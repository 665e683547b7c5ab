import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { levyRules, localAverageWages } from '@ronghe/db/schema';
import { useApi } from '../support/app.js';

const HALF_YEARS = [245, 245, 245, 245, 245, 245, 255, 255, 255, 255, 255, 255];
const caseA = {
	collectionYear: 2025,
	employerKind: 'enterprise',
	monthlyStaff: HALF_YEARS,
	wageBill: 16_250_000,
	localAverageWage: 60_000,
	disabledEmployees: [
		{ certificate: 'disability', level: 3, months: 12 },
		{ certificate: 'disability', level: 1, months: 3 },
	],
};

describe('POST /api/quota/levy-estimate', () => {
	const t = useApi();
	const post = (payload: unknown) =>
		t.app.inject({ method: 'POST', url: '/api/quota/levy-estimate', payload: payload as object });
	const fieldErrors = async (payload: unknown) => {
		const res = await post(payload);
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		return (res.json().errors as { pointer: string; detail: string }[]).map(
			(e) => `${e.pointer} ${e.detail}`,
		);
	};

	it('computes the four worked cases of docs/domain.md#worked-example to the cent', async () => {
		const a = await post(caseA);
		expect(a.statusCode).toBe(200);
		expect(a.json()).toMatchObject({
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
		const b = await post({
			...caseA,
			disabledEmployees: [
				{ certificate: 'disability', level: 3, months: 12 },
				{ certificate: 'disability', level: 2, months: 12 },
				{ certificate: 'disability', level: 4, months: 3 },
			],
		});
		expect(b.json()).toMatchObject({ countedDisabled: 3.25, payableRate: 0.5, levyDue: 16_250 });
		const c = await post({ ...caseA, wageBill: 37_500_000 });
		expect(c.json()).toMatchObject({ wageBase: 120_000, grossLevy: 270_000, levyDue: 243_000 });
		const d = await post({
			...caseA,
			monthlyStaff: Array(12).fill(28),
			wageBill: 1_500_000,
			disabledEmployees: [],
		});
		expect(d.json()).toMatchObject({
			averageStaff: 28,
			requiredCount: 0.42,
			averageWage: 53_571.43,
			grossLevy: 22_500,
			exempt: true,
			levyDue: 0,
		});
	});

	it('explains each step in Chinese sentences', async () => {
		const steps = (await post(caseA)).json().steps as string[];
		expect(steps.length).toBeGreaterThan(6);
		expect(steps.join('\n')).toContain('还差：3.75 − 1.50 = 2.25 人');
		expect(steps.at(-1)).toContain('131,625.00 元');
	});

	it('takes a given average instead of monthly counts', async () => {
		const res = await post({ ...caseA, monthlyStaff: undefined, averageStaff: 250 });
		expect(res.json().levyDue).toBe(131_625);
	});

	it('uses the county figure staff entered when no local average wage is given', async () => {
		await t.handle.db.insert(localAverageWages).values([
			{ areaCode: '14', year: 2024, averageAnnualWage: '90000.00' },
			{ areaCode: '140922', year: 2024, averageAnnualWage: '60000.00' },
		]);
		const res = await post({ ...caseA, wageBill: 37_500_000, localAverageWage: undefined });
		expect(res.json()).toMatchObject({
			localAverageWage: 60_000,
			wageBase: 120_000,
			levyDue: 243_000,
		});
	});

	it('reads the rules from the table, so a changed ratio changes the result', async () => {
		await t.handle.db
			.update(levyRules)
			.set({ quotaRatio: '0.0200' })
			.where(eq(levyRules.collectionYear, 2026));
		const res = await post({ ...caseA, collectionYear: 2026 });
		// required 5.00, counted 1.50 → shortfall 3.50 × 65,000 × 90 %
		expect(res.json()).toMatchObject({ requiredCount: 5, shortfall: 3.5, levyDue: 204_750 });
	});

	it('answers 422 with the years it knows for a year without rules', async () => {
		const res = await post({ ...caseA, collectionYear: 2031 });
		expect(res.statusCode).toBe(422);
		expect(res.json()).toMatchObject({
			code: 'levy_rules_missing',
			detail: '还没有 2031 年的保障金规则，现在能算的征收年度是 2019–2027 年。',
		});
	});

	it('rejects 13 months, negative staff and level 5 on a 残疾人证 with messages per field', async () => {
		expect(await fieldErrors({ ...caseA, monthlyStaff: [...HALF_YEARS, 255] })).toEqual([
			'#/monthlyStaff 每月职工人数要填 12 个月（1 月到 12 月），现在是 13 个。',
		]);
		const negative = [...HALF_YEARS];
		negative[3] = -1;
		expect(await fieldErrors({ ...caseA, monthlyStaff: negative })).toEqual([
			'#/monthlyStaff/3 职工人数不能是负数。',
		]);
		const level5 = [{ certificate: 'disability', level: 5, months: 12 }];
		expect(await fieldErrors({ ...caseA, disabledEmployees: level5 })).toEqual([
			'#/disabledEmployees/0/level 残疾人证的等级是 1 到 4 级，没有 5 级。',
		]);
	});

	it('asks for exactly one of monthly counts and average staff', async () => {
		expect(await fieldErrors({ ...caseA, averageStaff: 250 })).toEqual([
			'#/monthlyStaff 每月职工人数和平均职工人数只填一种。',
			'#/averageStaff 每月职工人数和平均职工人数只填一种。',
		]);
		expect(await fieldErrors({ ...caseA, monthlyStaff: undefined })).toEqual([
			'#/monthlyStaff 请填写 12 个月的职工人数，或者填平均职工人数。',
		]);
	});

	it('answers every malformed field in Chinese, never 500', async () => {
		const errors = await fieldErrors({
			collectionYear: '2025',
			employerKind: 'company',
			averageStaff: 12.345,
			wageBill: -1,
			disabledEmployees: [{ certificate: 'military', level: 11, months: 13 }],
		});
		expect(errors).toEqual([
			'#/collectionYear 请填写征收年度，例如 2025。',
			'#/employerKind 请选择单位类型：企业、党政机关、事业单位或社会团体。',
			'#/averageStaff 平均职工人数最多保留两位小数。',
			'#/wageBill 上年职工工资总额不能是负数。',
			'#/disabledEmployees/0/months 一年最多 12 个月。',
			'#/disabledEmployees/0/level 残疾军人证的等级是 1 到 10 级，没有 11 级。',
		]);
	});
});

describe('GET /api/quota/levy-rules', () => {
	const t = useApi();
	it('lists the collection years with rules for the province', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/quota/levy-rules' });
		expect(res.json()).toEqual({
			provinceCode: '14',
			years: [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027],
		});
	});
});
