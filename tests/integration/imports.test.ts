import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Import } from '@ronghe/contracts';
import { auditLog, consents, employmentRecords, imports, people } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import {
	multipartBody,
	readXlsx,
	ROSTER_HEADERS,
	rosterRow,
	rosterXlsx,
	type RosterCells,
} from '../fixtures/roster.js';
import { useApi } from '../support/app.js';

describe('roster import (/api/people/imports)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	beforeAll(async () => {
		for (const role of ['federation', 'bureau', 'township', 'seeker'] as const)
			as[role] = `Bearer ${await (await createUser(t.handle.db, role)).newSession()}`;
	});

	const upload = (data: Buffer, fileName = 'roster.xlsx', auth = as.federation!) => {
		const body = multipartBody(data, fileName);
		return t.app.inject({
			method: 'POST',
			url: '/api/people/imports',
			payload: body.payload,
			headers: { ...body.headers, authorization: auth },
		});
	};
	/** Uploads, waits for the background import, and returns its final state. */
	const importFile = async (rows: RosterCells[], headers?: string[], title?: string) => {
		const res = await upload(await rosterXlsx(rows, headers, title));
		expect(res.statusCode).toBe(202);
		await t.app.services.imports.idle();
		const done = await t.app.inject({
			url: `/api/people/imports/${res.json().id}`,
			headers: { authorization: as.bureau! },
		});
		expect(done.statusCode).toBe(200);
		return done.json() as Import;
	};
	const personByName = async (fullName: string) =>
		(await t.handle.db.select().from(people).where(eq(people.fullName, fullName)))[0];

	it('imports good rows: encrypted, masked, category from the certificate, no consent rows, one audit row', async () => {
		const rows = [1, 2, 3].map((n) => rosterRow(n));
		const result = await importFile(rows);
		expect(result).toMatchObject({
			status: 'done',
			totalRows: 3,
			processedRows: 3,
			createdRows: 3,
			updatedRows: 0,
			unchangedRows: 0,
			badRows: 0,
			errors: [],
		});
		const p = await personByName('测试1');
		expect(p).toMatchObject({ source: 'import', category: 2, level: 2, townshipCode: '140922100' });
		expect(p!.idNumberMasked).toMatch(/^140922\*{8}\d{3}[\dX]$/);
		expect(t.cipher.decrypt(p!.idNumberEnc)).toBe(rows[0]!.身份证号);
		expect(JSON.stringify(p)).not.toContain(rows[0]!.身份证号 as string);
		expect(p).toMatchObject({ employmentStatus: 'employed', employmentForm: 'flexible' });
		expect(await t.handle.db.select().from(consents).where(eq(consents.personId, p!.id))).toEqual(
			[],
		);
		const audits = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.entityId, result.id));
		expect(audits).toMatchObject([
			{ action: 'people.import', entity: 'import', detail: { created: 3, bad: 0, total: 3 } },
		]);
	});

	it('changes nothing when the same file is imported again, not even updatedAt', async () => {
		const rows = [1, 2, 3].map((n) => rosterRow(n));
		const before = await personByName('测试2');
		const result = await importFile(rows);
		expect(result).toMatchObject({ createdRows: 0, updatedRows: 0, unchangedRows: 3, badRows: 0 });
		expect((await personByName('测试2'))!.updatedAt).toEqual(before!.updatedAt);
	});

	it('updates only the rows that changed and keeps stored values where a cell is blank', async () => {
		const rows = [
			rosterRow(1, { 姓名: '测试1', 联系电话: '' }),
			rosterRow(2, { 乡镇: '东冶镇', 就业状况: '已就业', 就业形式: '公益性岗位就业' }),
			rosterRow(3),
		];
		const phoneBefore = (await personByName('测试1'))!.phone;
		const result = await importFile(rows);
		expect(result).toMatchObject({ createdRows: 0, updatedRows: 1, unchangedRows: 2 });
		expect(await personByName('测试2')).toMatchObject({
			townshipCode: '140922105',
			employmentStatus: 'employed',
			employmentForm: 'public_welfare',
		});
		expect((await personByName('测试1'))!.phone).toBe(phoneBefore);
		// the 实名制 history keeps the first state the roster gave and adds the change
		const two = await personByName('测试2');
		const history = await t.handle.db
			.select()
			.from(employmentRecords)
			.where(eq(employmentRecords.personId, two!.id))
			.orderBy(employmentRecords.createdAt);
		expect(history.map((r) => [r.status, r.form, r.source])).toEqual([
			['unemployed', null, 'import'],
			['employed', 'public_welfare', 'import'],
		]);
		// an unchanged row adds nothing to its history
		const three = await personByName('测试3');
		expect(
			await t.handle.db
				.select()
				.from(employmentRecords)
				.where(eq(employmentRecords.personId, three!.id)),
		).toHaveLength(1);
	});

	it('reports each bad cell with its Excel row, column and a Chinese reason without the number', async () => {
		const good = rosterRow(10);
		const id = good.身份证号 as string;
		const rows: RosterCells[] = [
			good,
			rosterRow(11, { 身份证号: `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}` }),
			rosterRow(12, { 残疾人证号: `${rosterRow(13).身份证号 as string}41` }),
			// what Excel stores for an 18- or 20-digit number typed into a cell formatted as a number
			rosterRow(14, {
				身份证号: Number('140922196001011234'),
				残疾人证号: Number('14092219600101123441'),
			}),
			{ ...rosterRow(10), 姓名: '重复的人' },
			rosterRow(15, {
				乡镇: '不存在镇',
				户口类型: '城镇',
				就业状况: '未就业',
				就业形式: '灵活就业',
			}),
			rosterRow(16, { 证件有效期至: '明年', 姓名: '' }),
		];
		const result = await importFile(rows);
		expect(result).toMatchObject({ totalRows: 7, createdRows: 1, badRows: 6, status: 'done' });
		const at = (row: number) => result.errors.filter((e) => e.row === row).map((e) => e.column);
		expect(at(3)).toEqual(['身份证号']);
		expect(result.errors.find((e) => e.row === 3)!.message).toMatch(/校验码/);
		expect(at(4)).toEqual(['残疾人证号']);
		expect(result.errors.find((e) => e.row === 4)!.message).toMatch(/前 18 位应与身份证号相同/);
		expect(at(5)).toEqual(['身份证号', '残疾人证号']);
		expect(result.errors.find((e) => e.row === 5)!.message).toMatch(/Excel 存成了数字/);
		expect(result.errors.find((e) => e.row === 6)!.message).toMatch(/和第 2 行重复/);
		expect(at(7)).toEqual(['乡镇', '户口类型', '就业形式']);
		expect(at(8).sort()).toEqual(['姓名', '证件有效期至']);
		const text = JSON.stringify(result.errors);
		for (const r of rows) {
			expect(text).not.toContain(String(r.身份证号));
			expect(text).not.toContain(String(r.残疾人证号));
		}
		const file = await t.app.inject({
			url: `/api/people/imports/${result.id}/errors.xlsx`,
			headers: { authorization: as.federation! },
		});
		expect(file.headers['content-type']).toContain('spreadsheetml');
		const sheet = await readXlsx(file.rawPayload);
		expect(sheet[0]).toEqual(['行号', '列', '原因']);
		expect(sheet).toHaveLength(1 + result.errors.length);
	});

	it('accepts headers in any order with spaces, half-width brackets and a title row; flags long certificates', async () => {
		const headers = [...ROSTER_HEADERS]
			.reverse()
			.map((h) => h.replace('（', '(').replace('）', ')'));
		headers[0] = ` ${headers[0]} `;
		const row = rosterRow(20);
		const cells = Object.fromEntries(
			Object.entries(row).map(([k, v]) => [
				headers.find((h) => h.trim().replace('(', '（').replace(')', '）') === k)!,
				v,
			]),
		) as RosterCells;
		const lower = String(row.身份证号).replace('X', 'x');
		Object.assign(cells, { 身份证号: lower, 残疾人证号: `${String(row.残疾人证号)}1` });
		const result = await importFile([cells], headers, '五台县残疾人名单（2026 年）');
		expect(result).toMatchObject({ createdRows: 1, badRows: 0 });
		expect((await personByName('测试20'))!.reviewFlags).toEqual(['certificate_long_form']);
	});

	it('fails the whole file with one clear error when a required header is missing', async () => {
		const headers = ROSTER_HEADERS.filter((h) => h !== '残疾人证号');
		const result = await importFile([rosterRow(30)], headers);
		expect(result).toMatchObject({ status: 'failed', createdRows: 0 });
		expect(result.errors).toEqual([
			{
				row: 1,
				column: '残疾人证号',
				message: expect.stringContaining('缺少必需的列：残疾人证号'),
			},
		]);
	});

	it('answers 400 in Chinese for a file that is not .xlsx, and 413 for a file over 20 MB', async () => {
		const csv = await upload(Buffer.from('姓名,身份证号\n'), 'roster.csv');
		expect(csv.statusCode).toBe(400);
		expect(csv.headers['content-type']).toContain('application/problem+json');
		expect(csv.json()).toMatchObject({ code: 'not_xlsx', detail: expect.stringMatching(/\.xlsx/) });
		const big = await upload(
			Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(21 * 1024 * 1024)]),
		);
		expect(big.statusCode).toBe(413);
		expect(big.json().detail).toMatch(/20 MB/);
		const none = await t.app.inject({
			method: 'POST',
			url: '/api/people/imports',
			payload: {},
			headers: { authorization: as.federation! },
		});
		expect(none.statusCode).toBe(400);
	});

	it('returns the running import when the same file is uploaded again before it finishes', async () => {
		const data = await rosterXlsx([rosterRow(40), rosterRow(41)]);
		const fileSha256 = createHash('sha256').update(data).digest('hex');
		// the first upload of this file, still being imported
		const [running] = await t.handle.db
			.insert(imports)
			.values({ fileName: '五台县名单.xlsx', fileSha256, status: 'running' })
			.returning();
		const again = await upload(data);
		expect(again.statusCode).toBe(202);
		expect(again.json()).toMatchObject({ id: running!.id, fileName: '五台县名单.xlsx' });
		expect(
			await t.handle.db.select().from(imports).where(eq(imports.fileSha256, fileSha256)),
		).toHaveLength(1);
		await t.handle.db.delete(imports).where(eq(imports.id, running!.id));
	});

	it('gives one import for two uploads of the same file at the same moment', async () => {
		const data = await rosterXlsx(Array.from({ length: 200 }, (_, i) => rosterRow(300 + i)));
		// straight to the service, so that both uploads look for a running import at once (a
		// double click; through HTTP the second request's file arrives a moment later)
		const { user } = await createUser(t.handle.db, 'federation');
		const file = { fileName: '双击上传.xlsx', data };
		const [a, b] = await Promise.all([
			t.app.services.imports.start({ ...user, mustChangePassword: false }, file, {
				requestId: 'req-a',
				ip: '127.0.0.1',
				userAgent: 'vitest',
			}),
			t.app.services.imports.start({ ...user, mustChangePassword: false }, file, {
				requestId: 'req-b',
				ip: '127.0.0.1',
				userAgent: 'vitest',
			}),
		]);
		await t.app.services.imports.idle();
		expect(b.id).toBe(a.id);
		const list = await t.app.inject({
			url: '/api/people/imports',
			headers: { authorization: as.bureau! },
		});
		expect(list.json().items[0]).toMatchObject({
			id: a.id,
			fileName: '双击上传.xlsx',
			status: 'done',
			createdRows: 200,
		});
		expect(list.json().items[1]?.fileName).not.toBe('双击上传.xlsx');
	});

	it('marks an import left running by a stopped process as failed', async () => {
		const [row] = await t.handle.db
			.insert(imports)
			.values({ fileName: 'x.xlsx', fileSha256: 'x', status: 'running' })
			.returning();
		expect(await t.app.services.imports.failInterrupted()).toBe(1);
		const [after] = await t.handle.db.select().from(imports).where(eq(imports.id, row!.id));
		expect(after).toMatchObject({
			status: 'failed',
			failureMessage: expect.stringMatching(/中断/),
		});
	});

	it('serves the template with the header row and an example that imports cleanly', async () => {
		const res = await t.app.inject({
			url: '/api/people/imports/template',
			headers: { authorization: as.federation! },
		});
		expect(res.headers['content-disposition']).toContain(
			`filename*=UTF-8''${encodeURIComponent('残疾人名单模板.xlsx')}`,
		);
		const sheet = await readXlsx(res.rawPayload);
		expect(sheet[0]).toEqual(ROSTER_HEADERS);
		expect(sheet).toHaveLength(2);
		const up = await upload(res.rawPayload, 'template.xlsx');
		await t.app.services.imports.idle();
		const result = (
			await t.app.inject({
				url: `/api/people/imports/${up.json().id}`,
				headers: { authorization: as.federation! },
			})
		).json() as Import;
		expect(result).toMatchObject({ status: 'done', badRows: 0, totalRows: 1 });
	});

	it('keeps township staff and seekers out of imports', async () => {
		const data = await rosterXlsx([rosterRow(50)]);
		expect((await upload(data, 'r.xlsx', as.township!)).statusCode).toBe(403);
		expect((await upload(data, 'r.xlsx', as.seeker!)).statusCode).toBe(403);
	});
});
