import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	auditLog,
	employerDisabledEmployees,
	employerLevyYears,
	localAverageWages,
} from '@ronghe/db/schema';
import { createEmployer, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const YEAR = 2024;
const counts = {
	year: YEAR,
	certificateKind: 'disability' as const,
	certificateValidUntil: '2030-12-31',
	contractStart: '2023-01-01',
	contractEnd: '2026-12-31',
	monthlyWage: '3000.00',
	insuranceMonths: 12,
	monthsCounted: 12,
};

describe('bureau quota overview, agencies, wages and rules', () => {
	const t = useApi({ now: () => new Date('2025-06-01T08:00:00+08:00') });
	const tokens: Record<string, string> = {};
	const ids: Record<string, string> = {};
	const call = (method: 'GET' | 'PUT', url: string, who = 'bureau', payload?: object) =>
		t.app.inject({
			method,
			url,
			payload,
			headers: { authorization: `Bearer ${tokens[who]}` },
		});

	beforeAll(async () => {
		const { db } = t.handle;
		for (const role of ['bureau', 'federation', 'admin', 'township'] as const)
			tokens[role] = await (await createUser(db, role)).newSession();
		await db.insert(localAverageWages).values({
			areaCode: '140922',
			year: YEAR,
			averageAnnualWage: '60000.00',
			minimumMonthlyWage: '1880.00',
		});
		// hand-computed: 100 staff need 1.5, one person placed → 0.5 short; 60,000 × 0.5 × 50 % = 15,000
		const firm = await createEmployer(db, { name: '甲公司', kind: 'private' });
		// 200 staff need 3, two 二级 count 2 each → compliant
		const soe = await createEmployer(db, { name: '乙国企', kind: 'state_owned' });
		// 60 staff need 0.9, nobody placed → 50,000 × 0.9 × 90 % = 40,500
		const agency = await createEmployer(db, {
			name: '丙局',
			kind: 'agency',
			authorizedStaff: 60,
			townshipCode: '140922102',
		});
		const institution = await createEmployer(db, {
			name: '丁中心',
			kind: 'institution',
			authorizedStaff: 80,
		});
		await createEmployer(db, {
			name: '戊小学',
			kind: 'institution',
			authorizedStaff: 100,
			schoolOrKindergarten: true,
		});
		await createEmployer(db, { name: '己办', kind: 'agency', authorizedStaff: 40 });
		Object.assign(ids, { firm: firm.id, soe: soe.id, agency: agency.id, inst: institution.id });
		await db.insert(employerLevyYears).values([
			{ employerId: firm.id, year: YEAR, averageStaff: '100.00', wageBill: '6000000.00' },
			{ employerId: soe.id, year: YEAR, averageStaff: '200.00', wageBill: '10000000.00' },
			{ employerId: agency.id, year: YEAR, averageStaff: '60.00', wageBill: '3000000.00' },
		]);
		await db.insert(employerDisabledEmployees).values([
			{ ...counts, employerId: firm.id, displayName: '张某', level: 3 },
			{ ...counts, employerId: soe.id, displayName: '李某', level: 2 },
			{ ...counts, employerId: soe.id, displayName: '王某', level: 2 },
		]);
	});

	it('computes the compliance rate, shortfall and levy against a hand-computed case', async () => {
		const res = await call('GET', `/api/quota/overview?year=${YEAR}`);
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body).toMatchObject({
			year: YEAR,
			collectionYear: YEAR + 1,
			employersWithFigures: 3,
			compliantCount: 1,
			totalShortfall: 1.4,
			totalLevyDue: 55_500,
		});
		expect(body.complianceRate).toBeCloseTo(1 / 3, 10);
		expect(body.list.items.map((r: { name: string }) => r.name)).toEqual([
			'丙局',
			'甲公司',
			'乙国企',
		]);
		expect(body.list.items[1]).toMatchObject({ placedCount: 1, shortfall: 0.5, levyDue: 15_000 });
		expect(body.byTownship).toEqual([
			expect.objectContaining({ townshipCode: '140922100', employers: 2, compliant: 1 }),
			expect.objectContaining({ townshipCode: '140922102', employers: 1, compliant: 0 }),
		]);
		expect(body.byKind).toContainEqual({
			kind: 'agency',
			employers: 1,
			shortfall: 0.9,
			levyDue: 40_500,
		});
	});

	it('filters the list by kind and township and pages it', async () => {
		const agencies = (await call('GET', `/api/quota/overview?year=${YEAR}&kind=agency`)).json();
		expect(agencies.list.items.map((r: { name: string }) => r.name)).toEqual(['丙局']);
		expect(agencies.employersWithFigures).toBe(3);
		const town = (
			await call('GET', `/api/quota/overview?year=${YEAR}&township=140922100&pageSize=1&page=2`)
		).json();
		expect(town.list).toMatchObject({ total: 2, page: 2 });
		expect(town.list.items.map((r: { name: string }) => r.name)).toEqual(['乙国企']);
	});

	it('defaults to last year and says so when nobody has figures', async () => {
		const body = (await call('GET', '/api/quota/overview')).json();
		expect(body.year).toBe(YEAR);
		const empty = (await call('GET', '/api/quota/overview?year=2023')).json();
		expect(empty).toMatchObject({ employersWithFigures: 0, complianceRate: null });
		expect(empty.notes.join('')).toContain('还没有单位填写');
	});

	it('answers 400 in Chinese for a bad filter', async () => {
		const res = await call('GET', '/api/quota/overview?kind=bank&year=19');
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		expect(JSON.stringify(res.json().errors)).toMatch(/单位类型|年份/);
	});

	it('exports the filtered list as .xlsx in the same order', async () => {
		const res = await call('GET', `/api/quota/overview/export.xlsx?year=${YEAR}`, 'federation');
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-type']).toContain('spreadsheetml');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
		const ws = wb.worksheets[0]!;
		expect(ws.getRow(1).getCell(1).value).toBe('单位名称');
		expect([2, 3, 4].map((r) => ws.getRow(r).getCell(1).value)).toEqual([
			'丙局',
			'甲公司',
			'乙国企',
		]);
		expect(ws.getRow(3).getCell(8).value).toBe(15_000);
	});

	it('lists big agencies and institutions below the ratio, schools left out', async () => {
		const res = await call('GET', `/api/quota/agencies?year=${YEAR}`);
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body).toMatchObject({
			byYear: 2027,
			agencyMinAuthorizedStaff: 50,
			institutionMinAuthorizedStaff: 67,
			excludedSchools: 1,
		});
		expect(body.items).toEqual([
			expect.objectContaining({ name: '丁中心', basis: 'authorizedStaff', requiredCount: 1.2 }),
			expect.objectContaining({ name: '丙局', basis: 'figures', shortfall: 0.9 }),
		]);
		expect(body).toMatchObject({ total: 2, page: 1 });
		// a county has hundreds of units: the list comes a page at a time, in the same order
		const second = (await call('GET', `/api/quota/agencies?year=${YEAR}&pageSize=1&page=2`)).json();
		expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1 });
		expect(second.items.map((r: { name: string }) => r.name)).toEqual(['丙局']);
	});

	it('keeps township staff out of the county figures', async () => {
		const res = await call('GET', '/api/quota/overview', 'township');
		expect(res.statusCode).toBe(403);
	});

	it('saves a wage figure with per-field errors first, and audits the change', async () => {
		const bad = await call('PUT', '/api/quota/wages/140922/2025', 'federation', {
			averageAnnualWage: -1,
			minimumMonthlyWage: 1880.123,
		});
		expect(bad.statusCode).toBe(400);
		const pointers = bad.json().errors.map((e: { pointer: string }) => e.pointer);
		expect(pointers).toEqual(
			expect.arrayContaining(['#/averageAnnualWage', '#/minimumMonthlyWage']),
		);
		expect(JSON.stringify(bad.json().errors)).toContain('要大于 0');

		const ok = await call('PUT', '/api/quota/wages/140922/2025', 'federation', {
			averageAnnualWage: 62_000.5,
			minimumMonthlyWage: 1980,
			source: '县统计局',
		});
		expect(ok.statusCode).toBe(200);
		expect(ok.json()).toMatchObject({ areaName: '五台县', averageAnnualWage: 62_000.5 });
		const list = (await call('GET', '/api/quota/wages')).json();
		expect(list.items[0]).toMatchObject({
			year: 2025,
			minimumMonthlyWage: 1980,
			source: '县统计局',
		});
		const audit = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'quota.wage_save'), eq(auditLog.entityId, '140922/2025')));
		expect(audit).toHaveLength(1);
	});

	it('edits a rule row or adds a new year, for bureau and admin only', async () => {
		const rules = (await call('GET', '/api/quota/rules')).json();
		const current = rules.items.find((r: { collectionYear: number }) => r.collectionYear === 2027);
		const { provinceCode: _p, collectionYear: _y, updatedAt: _u, ...body } = current;
		const denied = await call('PUT', '/api/quota/rules/14/2028', 'federation', body);
		expect(denied.statusCode).toBe(403);
		const bad = await call('PUT', '/api/quota/rules/14/2028', 'bureau', {
			...body,
			quotaRatio: 1.5,
		});
		expect(bad.statusCode).toBe(400);
		expect(bad.json().errors[0]).toMatchObject({ pointer: '#/quotaRatio' });
		expect(bad.json().errors[0].detail).toContain('0 到 1');

		const added = await call('PUT', '/api/quota/rules/14/2028', 'bureau', {
			...body,
			tierThreshold: null,
			smallEnterpriseMaxStaff: null,
			source: '假设：优惠政策到期',
		});
		expect(added.statusCode).toBe(200);
		expect(added.json()).toMatchObject({ collectionYear: 2028, tierThreshold: null });
		const again = (await call('GET', '/api/quota/rules')).json();
		expect(again.items[0].collectionYear).toBe(2028);
		const audit = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'quota.rule_save'));
		expect(audit.map((a) => a.entityId)).toEqual(['14/2028']);
	});

	// last: it changes the 2024 figures the tests above read
	it('shows each committed input change on the next view of the kept figures', async () => {
		const { db } = t.handle;
		const firmRow = async () => {
			const body = (await call('GET', `/api/quota/overview?year=${YEAR}`)).json();
			const firm = body.list.items.find((r: { name: string }) => r.name === '甲公司');
			return { body, firm };
		};
		expect((await firmRow()).firm).toMatchObject({ placedCount: 1, shortfall: 0.5 });
		// a roster row: the firm now places two people and meets its 1.5
		await db
			.insert(employerDisabledEmployees)
			.values({ ...counts, employerId: ids.firm!, displayName: '赵某', level: 3 });
		const placed = await firmRow();
		expect(placed.firm).toMatchObject({ placedCount: 2, shortfall: 0, levyDue: 0 });
		expect(placed.body.compliantCount).toBe(2);
		// a staff figure: 300 staff need 4.5
		await db
			.update(employerLevyYears)
			.set({ averageStaff: '300.00' })
			.where(and(eq(employerLevyYears.employerId, ids.firm!), eq(employerLevyYears.year, YEAR)));
		expect((await firmRow()).firm).toMatchObject({ requiredCount: 4.5, shortfall: 2.5 });
		// a county-wide input: without the year's average wage the note says so
		await db.delete(localAverageWages).where(eq(localAverageWages.year, YEAR));
		expect((await firmRow()).body.notes.join('')).toMatch(`还没有 ${YEAR} 年当地社会平均工资`);
	});
});
