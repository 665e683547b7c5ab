import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EMPLOYMENT_SHEET_COLUMNS, TRAINING_SHEET_COLUMNS } from '@ronghe/contracts';
import {
	auditLog,
	employmentRecords,
	trainingCourses,
	trainingEnrolments,
} from '@ronghe/db/schema';
import { createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

async function sheets(data: Buffer) {
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(data as unknown as ArrayBuffer);
	return Object.fromEntries(
		book.worksheets.map((s) => {
			const rows: string[][] = [];
			s.eachRow((r) =>
				rows.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
			);
			return [s.name, rows];
		}),
	);
}

/**
 * 实名制 statistics (issue 15 §8): the year's employment and training as .xlsx with Chinese
 * headers in the statistics' column order, codes from the code lists, rows that fail them listed.
 */
describe('real-name statistics export (/api/statistics/real-name)', () => {
	const t = useApi();

	it('writes employment and training in the statistics’ columns, and lists rows to check', async () => {
		const db = t.handle.db;
		const certificate = '14092219900501123X11';
		const worker = await createPersonRow(db, {
			fullName: '冯就业',
			birthDate: '1990-05-01',
			certificateNumberEnc: t.cipher.encrypt(certificate),
			createdAt: new Date('2024-01-01T00:00:00Z'),
		});
		const idle = await createPersonRow(db, {
			fullName: '陈没填',
			birthDate: '1985-01-01',
			createdAt: new Date('2024-01-01T00:00:00Z'),
		});
		// too old for the statistics at the end of 2025: a woman of 60
		await createPersonRow(db, { fullName: '老人', sex: 'female', birthDate: '1965-03-01' });
		await db.insert(employmentRecords).values([
			{
				personId: worker.id,
				status: 'unemployed',
				unemployedReason: 4,
				source: 'import',
				createdAt: new Date('2024-01-01T00:00:00Z'),
			},
			{
				personId: worker.id,
				status: 'employed',
				form: 'public_welfare',
				employerName: '台城镇人民政府',
				startedOn: '2025-08-01',
				contract: 'labour',
				socialInsurance: true,
				source: 'staff',
				createdAt: new Date('2025-08-01T02:00:00Z'),
			},
			// after the year: not in 2025's figures
			{
				personId: worker.id,
				status: 'unemployed',
				unemployedReason: 7,
				source: 'staff',
				createdAt: new Date('2026-02-01T02:00:00Z'),
			},
			{
				personId: idle.id,
				status: 'unemployed',
				source: 'staff',
				createdAt: new Date('2025-03-01T02:00:00Z'),
			},
		]);
		const [course] = await db
			.insert(trainingCourses)
			.values({
				title: '电商客服培训',
				provider: '五台县职业中学',
				occupationCode: '4-01-02-02',
				townshipCode: '140922100',
				startDate: '2025-04-01',
				endDate: '2025-04-10',
				lengthClass: 'short',
				seats: 30,
			})
			.returning();
		await db.insert(trainingEnrolments).values({
			courseId: course!.id,
			personId: worker.id,
			via: 'staff',
			status: 'completed',
			resultAt: new Date('2025-04-10T08:00:00Z'),
		});

		const county = `Bearer ${await (await createUser(db, 'federation')).newSession()}`;
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/statistics/real-name?year=2025',
			headers: { authorization: county },
		});
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-disposition']).toContain(
			encodeURIComponent('2025年残疾人就业和培训实名制统计.xlsx'),
		);
		const book = await sheets(res.rawPayload);
		expect(Object.keys(book)).toEqual(['就业', '培训', '需要核对']);
		expect(book['就业']![0]).toEqual([...EMPLOYMENT_SHEET_COLUMNS]);
		const rows = book['就业']!.slice(1);
		expect(rows.map((r) => r[1]).sort()).toEqual(['冯就业', '陈没填'].sort());
		const worked = rows.find((r) => r[1] === '冯就业')!;
		expect(worked.slice(3)).toEqual([
			'台城镇',
			'1 已就业',
			'劳动合同',
			'2025-08-01',
			'4 公益性岗位就业',
			'台城镇人民政府',
			'工作人员登记',
			'有',
			'',
			'',
		]);
		// masked by GET: the number never leaves whole
		expect(worked[2]).not.toBe(certificate);
		expect(worked[2]).toMatch(/\*/);
		expect(book['培训']![0]).toEqual([...TRAINING_SHEET_COLUMNS]);
		expect(book['培训']![1]!.slice(1)).toEqual([
			'冯就业',
			worked[2],
			'2025',
			'3 短期（一个月以内）',
			'电商客服培训',
			'电子商务师',
			'五台县职业中学',
			'结业',
		]);
		// 陈没填 has neither a certificate number nor an answer for why they do not work
		expect(book['需要核对']!.slice(1).map((r) => `${r[2]}:${r[3]}`)).toEqual([
			'陈没填:没有残疾人证号',
			'陈没填:未就业，没有未就业主要原因',
		]);

		// full numbers only by POST, and the download is in the audit log
		const get = await t.app.inject({
			method: 'GET',
			url: '/api/statistics/real-name?year=2025&unmasked=1',
			headers: { authorization: county },
		});
		expect(get.statusCode).toBe(405);
		const full = await t.app.inject({
			method: 'POST',
			url: '/api/statistics/real-name',
			headers: { authorization: county },
			payload: { year: 2025, unmasked: true },
		});
		expect((await sheets(full.rawPayload))['就业']!.find((r) => r[1] === '冯就业')![2]).toBe(
			certificate,
		);
		const logged = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'statistics.real_name_unmasked'));
		expect(logged).toHaveLength(1);
	});
});
