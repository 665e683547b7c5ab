import { beforeAll, describe, expect, it } from 'vitest';
import { employerDisabledEmployees, localAverageWages } from '@ronghe/db/schema';
import { createEmployer, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const HALF_YEARS = [245, 245, 245, 245, 245, 245, 255, 255, 255, 255, 255, 255];
const fine = {
	year: 2024,
	certificateKind: 'disability' as const,
	certificateValidUntil: '2030-12-31',
	contractStart: '2023-01-01',
	contractEnd: '2026-12-31',
	monthlyWage: '3000.00',
	insuranceMonths: 12,
};

describe('/api/employer/quota', () => {
	const t = useApi();
	let token: string;
	let otherToken: string;
	const call = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, auth = token) =>
		t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${auth}` } });

	beforeAll(async () => {
		const { db } = t.handle;
		const employer = await createEmployer(db, { kind: 'private' });
		token = await (await createUser(db, 'employer', { employerId: employer.id })).newSession();
		otherToken = await (await createUser(db, 'employer')).newSession();
		await db.insert(localAverageWages).values({
			areaCode: '140922',
			year: 2024,
			averageAnnualWage: '60000.00',
			minimumMonthlyWage: '1880.00',
		});
		await db.insert(employerDisabledEmployees).values([
			{ ...fine, employerId: employer.id, displayName: '听力三级', level: 3, monthsCounted: 12 },
			{
				...fine,
				employerId: employer.id,
				displayName: '肢体一级',
				level: 1,
				monthsCounted: 3,
				insuranceMonths: 3,
			},
			{
				...fine,
				employerId: employer.id,
				displayName: '低工资',
				level: 4,
				monthsCounted: 12,
				monthlyWage: '1500.00',
			},
			{
				...fine,
				employerId: employer.id,
				displayName: '短合同',
				level: 4,
				monthsCounted: 6,
				contractStart: '2024-07-01',
				contractEnd: '2024-12-31',
			},
		]);
	});

	it('saves the year and computes case A from the counted employees only', async () => {
		const saved = await call('PUT', '/api/employer/quota/2024', {
			monthlyStaff: HALF_YEARS,
			wageBill: 16_250_000,
		});
		expect(saved.statusCode).toBe(200);
		// saving again is the same (idempotent)
		await call('PUT', '/api/employer/quota/2024', {
			monthlyStaff: HALF_YEARS,
			wageBill: 16_250_000,
		});
		const res = await call('GET', '/api/employer/quota/2024');
		const body = res.json();
		expect(body.estimate).toMatchObject({
			countedDisabled: 1.5,
			shortfall: 2.25,
			levyDue: 131_625,
		});
		const byName = Object.fromEntries(
			(body.employees as { displayName: string; counts: boolean; warnings: string[] }[]).map(
				(e) => [e.displayName, e],
			),
		);
		expect(byName['听力三级']).toMatchObject({ counts: true, warnings: [] });
		expect(byName['肢体一级']).toMatchObject({ counts: true, monthsUsed: 3 });
		expect(byName['低工资']).toMatchObject({
			counts: false,
			warnings: ['月工资 1500.00 元低于当地最低工资 1880.00 元，不算。'],
		});
		expect(byName['短合同']!.warnings[0]).toContain('劳动合同不到 1 年');
	});
	it('answers what one more hire from July changes', async () => {
		const res = await call('POST', '/api/employer/quota/2024/what-if', {
			certificate: 'disability',
			level: 3,
			fromMonth: 7,
		});
		expect(res.statusCode).toBe(200);
		// counted 1.5 + 0.5 = 2.0 → ratio 0.8 %, still the 90 % tier: 1.75 × 65,000 × 90 %
		expect(res.json()).toMatchObject({
			before: { levyDue: 131_625 },
			after: { countedDisabled: 2, shortfall: 1.75, levyDue: 102_375 },
		});
		expect(res.json().summary).toContain('少交 29,250.00 元');
	});

	it('refuses an employer account not linked to an employer, and bad figures per field', async () => {
		const other = await call('GET', '/api/employer/quota/2024', undefined, otherToken);
		expect(other.statusCode).toBe(403);
		const bad = await call('PUT', '/api/employer/quota/2024', {
			monthlyStaff: [...HALF_YEARS, 1],
			wageBill: 1,
		});
		expect(bad.statusCode).toBe(400);
		expect(bad.json().errors[0]).toMatchObject({
			pointer: '#/monthlyStaff',
			detail: '每月职工人数要填 12 个月（1 月到 12 月），现在是 13 个。',
		});
		const noFigures = await call('POST', '/api/employer/quota/2023/what-if', {
			certificate: 'disability',
			level: 3,
			fromMonth: 7,
		});
		expect(noFigures.statusCode).toBe(404);
	});
});
