import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_PARTS_COLUMNS, INDICATOR_SHEET_COLUMNS } from '@ronghe/contracts';
import {
	employmentRecords,
	trainingCourses,
	trainingEnrolments,
	trainingNeeds,
} from '@ronghe/db/schema';
import { createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const A = '140922100'; // 台城镇, the demo township staff's own
const B = '140922102';
const at = (iso: string) => new Date(iso);

async function open(data: Buffer) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(data as unknown as ArrayBuffer);
	return book;
}

/** The rows of a sheet as cell values (row 1 is the title, row 2 the headers). */
function rowsOf(book: ExcelJS.Workbook, name: string): unknown[][] {
	const sheet = book.getWorksheet(name);
	if (!sheet) throw new Error(`no sheet ${name}`);
	const rows: unknown[][] = [];
	sheet.eachRow((r) => rows.push(Array.from((r.values as unknown[]).slice(1), (v) => v ?? null)));
	return rows;
}

/**
 * The indicators as .xlsx (issue 15 §7): 指标 and 分项 with Chinese headers, figures as numbers
 * (percentages with a percent format), the same scoping as the list.
 */
describe('GET /api/indicators/export.xlsx', () => {
	const t = useApi({
		prepare: async ({ db }) => {
			const p: Record<string, string> = {};
			for (const [key, township] of [
				['P1', A],
				['P2', A],
				['P3', A],
				['P4', B],
			] as const)
				p[key] = (await createPersonRow(db, { fullName: key, townshipCode: township })).id;
			const [course] = await db
				.insert(trainingCourses)
				.values({
					title: '电商客服',
					provider: '县残联',
					townshipCode: A,
					startDate: '2025-03-01',
					endDate: '2025-03-10',
					seats: 20,
				})
				.returning();
			// trained in 2025: P1 P2 P3 of A, P4 of B → 4 in the county, 3 in 台城镇
			await db.insert(trainingEnrolments).values(
				['P1', 'P2', 'P3', 'P4'].map((key) => ({
					courseId: course!.id,
					personId: p[key]!,
					via: 'self' as const,
					status: 'completed' as const,
					resultAt: at('2025-03-10T02:00:00Z'),
				})),
			);
			// two needs in 台城镇, one met: 50 %
			await db.insert(trainingNeeds).values([
				{
					personId: p.P1!,
					what: '电脑',
					createdAt: at('2025-01-05T02:00:00Z'),
					metAt: at('2025-03-10T02:00:00Z'),
				},
				{ personId: p.P2!, what: '电脑', createdAt: at('2025-01-05T02:00:00Z') },
			]);
			// new employment in 2025: P1 (按比例就业, 台城镇), P4 (灵活就业, township B)
			await db.insert(employmentRecords).values([
				{
					personId: p.P1!,
					status: 'employed',
					form: 'quota',
					source: 'staff',
					startedOn: '2025-05-01',
					createdAt: at('2025-05-01T02:00:00Z'),
				},
				{
					personId: p.P4!,
					status: 'employed',
					form: 'flexible',
					source: 'staff',
					startedOn: '2025-06-01',
					createdAt: at('2025-06-01T02:00:00Z'),
				},
			]);
		},
	});

	const download = (auth: string, query: string) =>
		t.app.inject({
			method: 'GET',
			url: `/api/indicators/export.xlsx?year=2025${query}`,
			headers: { authorization: auth },
		});

	it('writes every indicator with target, actual and status under Chinese headers', async () => {
		const county = `Bearer ${await (await createUser(t.handle.db, 'bureau')).newSession()}`;
		const put = await t.app.inject({
			method: 'PUT',
			url: '/api/indicators/2025/targets/trained_year',
			headers: { authorization: county },
			payload: { target: 5 },
		});
		expect(put.statusCode).toBe(200);

		const res = await download(county, '');
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-type']).toContain('spreadsheetml');
		expect(res.headers['content-disposition']).toContain(encodeURIComponent('2025年规划指标.xlsx'));
		const book = await open(res.rawPayload);
		expect(book.worksheets.map((s) => s.name)).toEqual(['指标', '分项']);

		const rows = rowsOf(book, '指标');
		expect(rows[0]).toEqual(['五台县残疾人事业规划指标 2025 年情况']);
		expect(rows[1]).toEqual([...INDICATOR_SHEET_COLUMNS]);
		const byLabel = new Map(rows.slice(2).map((r) => [r[0], r]));
		expect(byLabel.size).toBe(10);
		// the target set above, the 4 people trained, not met
		expect(byLabel.get('当年参加培训并结业的残疾人')).toEqual([
			'当年参加培训并结业的残疾人',
			5,
			4,
			'人',
			'还没达到',
			'专栏3 第6项：每年不少于20人',
		]);
		// a ratio, shown as a percentage in the spreadsheet; the target reads ≥80.0%
		const sheet = book.getWorksheet('指标')!;
		const rateRow = rows.findIndex((r) => r[0] === '有培训需求的人中已经培训的比例') + 1;
		expect(sheet.getCell(rateRow, 3).value).toBe(0.5);
		expect(sheet.getCell(rateRow, 3).numFmt).toBe('0.0%');
		expect(sheet.getCell(rateRow, 2).value).toBe(0.8);
		expect(sheet.getCell(rateRow, 2).numFmt).toBe('"≥"0.0%');
		// nothing entered for the federation's cadres: no actual, and the status says so
		const cadre = rows.find((r) => String(r[0]).startsWith('县残联干部'))!;
		expect([cadre[2], cadre[4]]).toEqual([null, '还没有数据']);

		const parts = rowsOf(book, '分项');
		expect(parts[1]).toEqual([...INDICATOR_PARTS_COLUMNS]);
		expect(parts.slice(2)).toEqual(
			expect.arrayContaining([
				['当年新增就业的残疾人', '按比例就业', 1],
				['当年新增就业的残疾人', '灵活就业', 1],
				['有培训需求的人中已经培训的比例', '有培训需求的人', 2],
			]),
		);
	});

	it('gives township staff their own township only, whatever they ask for', async () => {
		const township = `Bearer ${await (await createUser(t.handle.db, 'township')).newSession()}`;
		const res = await download(township, `&township=${B}`);
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-disposition']).toContain(
			encodeURIComponent('2025年规划指标（台城镇）.xlsx'),
		);
		const book = await open(res.rawPayload);
		const rows = rowsOf(book, '指标');
		expect(rows[0]).toEqual(['五台县残疾人事业规划指标 2025 年情况（台城镇）']);
		const trained = rows.find((r) => r[0] === '当年参加培训并结业的残疾人')!;
		// P1 P2 P3 only; a township has no county target
		expect(trained.slice(1, 3)).toEqual([null, 3]);
		expect(trained[4]).toBe('没有设目标');
		// county-wide figures are left out
		expect(rows.some((r) => r[0] === '当年举办的残疾人招聘会')).toBe(false);
		const parts = rowsOf(book, '分项').slice(2);
		expect(parts).toContainEqual(['当年新增就业的残疾人', '按比例就业', 1]);
		expect(parts.some((r) => r[1] === '灵活就业')).toBe(false);
	});

	it('turns away seekers and answers a bad year in Chinese', async () => {
		const county = `Bearer ${await (await createUser(t.handle.db, 'federation')).newSession()}`;
		const seeker = `Bearer ${await (await createUser(t.handle.db, 'seeker')).newSession()}`;
		expect((await download(seeker, '')).statusCode).toBe(403);
		const bad = await t.app.inject({
			method: 'GET',
			url: '/api/indicators/export.xlsx?year=2019',
			headers: { authorization: county },
		});
		expect(bad.statusCode).toBe(400);
		expect(bad.headers['content-type']).toContain('application/problem+json');
		expect(JSON.stringify(bad.json())).toContain('从 2021 年开始');
	});
});
