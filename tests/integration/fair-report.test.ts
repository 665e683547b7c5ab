import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FairReport, FairReportDimension } from '@ronghe/contracts';
import { employers, fairFollowUps, people, postings } from '@ronghe/db/schema';
import { createFair } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';
import { fairWorlds } from '../support/fair-world.js';

const 耿镇镇 = '140922102';
const DAY = 86_400_000;

/**
 * The fair report (issue 14 §9), from a fair run through the API: two approved booths of
 * different kinds and townships (and a pending one that must not count), three seekers of two
 * categories and townships, applications made at the fair (and one elsewhere that must not
 * count), bookings, intentions, a hire and its follow-up visits.
 */
describe('GET /api/fairs/:fairId/report', () => {
	const t = useApi();
	const { liveWorld } = fairWorlds(t);
	let w: Awaited<ReturnType<typeof liveWorld>>;
	let hireId: string;

	const get = (path: string, auth = w.staff) =>
		w.call('GET', `/api/fairs/${w.fairId}${path}`, auth);
	const report = async () => {
		const res = await get('/report');
		expect(res.statusCode).toBe(200);
		return res.json() as FairReport;
	};
	const rowsOf = (r: FairReport, d: FairReportDimension) =>
		Object.fromEntries(
			r.breakdowns
				.find((b) => b.dimension === d)!
				.rows.map(({ key: _key, label, ...figures }) => [label, figures]),
		);

	/** Records a follow-up visit of the hire through the API, once that visit has fallen due. */
	const visit = async (day: number, stillEmployed: boolean) => {
		const which = and(eq(fairFollowUps.applicationId, hireId), eq(fairFollowUps.day, day));
		await w.db
			.update(fairFollowUps)
			.set({ dueAt: new Date(Date.now() - DAY) })
			.where(which);
		const [v] = await w.db.select({ id: fairFollowUps.id }).from(fairFollowUps).where(which);
		const res = await w.call('PUT', `/api/fairs/${w.fairId}/follow-ups/${v!.id}`, w.staff, {
			stillEmployed,
			monthlyWage: 2200,
		});
		expect(res.statusCode).toBe(200);
	};

	beforeAll(async () => {
		w = await liveWorld();
		const db = w.db;
		const [food, shop] = w.owners as [(typeof w.owners)[0], (typeof w.owners)[0]];
		// 五台电商 is a state-owned firm of 耿镇镇; headcounts 3 and 2
		await db
			.update(employers)
			.set({ kind: 'state_owned', townshipCode: 耿镇镇 })
			.where(eq(employers.id, shop.e.id));
		await db.update(postings).set({ headcount: 3 }).where(eq(postings.id, food.posting.id));
		await db.update(postings).set({ headcount: 2 }).where(eq(postings.id, shop.posting.id));
		// a booth still waiting for approval counts nowhere
		const pending = await w.employer('待审单位');
		await db.update(postings).set({ headcount: 10 }).where(eq(postings.id, pending.posting.id));
		const applied = await w.call('POST', `/api/fairs/${w.fairId}/booths`, pending.auth, {
			introduction: '待审单位欢迎残疾朋友。',
			postingIds: [pending.posting.id],
		});
		expect(applied.statusCode).toBe(201);

		const s1 = await w.register('肢体三级', []);
		const s2 = await w.register('视力一级', []);
		const s3 = await w.register('只报了名', []);
		await db
			.update(people)
			.set({ category: 1, level: 1, townshipCode: 耿镇镇 })
			.where(eq(people.id, s2.person.id));
		await db.update(people).set({ level: 2 }).where(eq(people.id, s3.person.id));
		await w.call('POST', `/api/fairs/${w.fairId}/state`, w.staff, { state: 'open' });

		const apply = async (auth: string, postingId: string, key: string, fairId?: string) => {
			const res = await t.app.inject({
				method: 'POST',
				url: `/api/postings/${postingId}/applications`,
				headers: { authorization: auth, 'idempotency-key': key },
				payload: fairId ? { fairId } : {},
			});
			expect(res.statusCode).toBe(201);
			return (res.json() as { id: string }).id;
		};
		await apply(s1.auth, food.posting.id, 'report-1', w.fairId);
		hireId = await apply(s2.auth, shop.posting.id, 'report-2', w.fairId);
		// an application not made at the fair
		await apply(s3.auth, pending.posting.id, 'report-3');

		for (const [s, boothId] of [
			[s1, w.booths[0]!],
			[s2, w.booths[1]!],
		] as const) {
			const slot = (await w.slots(boothId)).find((x) => x.free)!;
			expect((await w.book(s.auth, slot.id)).statusCode).toBe(201);
		}
		for (const [owner, boothId, s] of [
			[food, w.booths[0]!, s1],
			[shop, w.booths[1]!, s2],
		] as const) {
			const res = await w.call(
				'POST',
				`/api/fairs/${w.fairId}/booths/${boothId}/contacts/${s.person.id}/intention`,
				owner.auth,
				{ postingId: owner.posting.id },
			);
			expect(res.statusCode).toBe(200);
		}
		const hired = await w.call('POST', `/api/employer/applications/${hireId}/status`, shop.auth, {
			status: 'hired',
		});
		expect(hired.statusCode).toBe(200);
		// the 30-day visit found the person at work
		await visit(30, true);
	});

	it('adds up the fair from its records', async () => {
		const r = await report();
		expect(r).toMatchObject({ source: 'records', notes: [], breakdowns: expect.any(Array) });
		expect(r.fair).toMatchObject({ id: w.fairId, title: '助残日线上专场', state: 'open' });
		expect(r.totals).toEqual({
			employers: 2,
			postings: 2,
			headcount: 5,
			seekers: 3,
			applications: 2,
			interviews: 2,
			intentions: 2,
			hires: 1,
			retained: 1,
			retained30: 1,
			retained60: 0,
			retained90: 0,
		});
	});

	it('breaks the seekers down by disability category and level', async () => {
		const r = await report();
		const outcomes = { retained: 0, retained30: 0, retained60: 0, retained90: 0 };
		const metAndIntended = { applications: 1, interviews: 1, intentions: 1 };
		const cat = rowsOf(r, 'category');
		expect(Object.keys(cat)).toHaveLength(7);
		expect(cat['视力残疾']).toEqual({
			seekers: 1,
			...metAndIntended,
			hires: 1,
			...outcomes,
			retained: 1,
			retained30: 1,
		});
		expect(cat['肢体残疾']).toEqual({ seekers: 2, ...metAndIntended, hires: 0, ...outcomes });
		expect(cat['听力残疾']).toMatchObject({ seekers: 0, applications: 0 });
		const level = rowsOf(r, 'level');
		expect(level['一级']).toMatchObject({ seekers: 1, hires: 1, retained30: 1 });
		expect(level['二级']).toEqual({
			seekers: 1,
			applications: 0,
			interviews: 0,
			intentions: 0,
			hires: 0,
			...outcomes,
		});
		expect(level['三级']).toMatchObject({ seekers: 1, ...metAndIntended, hires: 0 });
	});

	it('counts employer figures by the employer’s township and seekers by their own', async () => {
		const town = rowsOf(await report(), 'township');
		expect(Object.keys(town)).toEqual(['台城镇', '耿镇镇']);
		expect(town['台城镇']).toMatchObject({
			employers: 1,
			postings: 1,
			headcount: 3,
			seekers: 2,
			applications: 1,
			hires: 0,
		});
		expect(town['耿镇镇']).toMatchObject({
			employers: 1,
			headcount: 2,
			seekers: 1,
			interviews: 1,
			intentions: 1,
			hires: 1,
			retained: 1,
		});
	});

	it('breaks outcomes down by the kind of employer, with no seeker count', async () => {
		const kind = rowsOf(await report(), 'employerKind');
		expect(kind['民营企业']).toEqual({
			employers: 1,
			postings: 1,
			headcount: 3,
			applications: 1,
			interviews: 1,
			intentions: 1,
			hires: 0,
			retained: 0,
			retained30: 0,
			retained60: 0,
			retained90: 0,
		});
		expect(kind['国有企业']).toMatchObject({ employers: 1, headcount: 2, hires: 1, retained30: 1 });
		expect(kind['党政机关']).toMatchObject({ employers: 0, applications: 0 });
	});

	it('writes the same figures to .xlsx with Chinese sheets and headers', async () => {
		const res = await get('/report.xlsx');
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-type']).toContain('spreadsheetml');
		expect(res.headers['content-disposition']).toContain(
			encodeURIComponent('助残日线上专场-统计报告.xlsx'),
		);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
		expect(wb.worksheets.map((s) => s.name)).toEqual([
			'总计',
			'按残疾类别',
			'按残疾等级',
			'按乡镇',
			'按单位类型',
		]);
		const values = (name: string) =>
			wb
				.getWorksheet(name)!
				.getSheetValues()
				.filter(Boolean)
				.map((row) => (row as unknown[]).slice(1));
		const totals = values('总计');
		expect(totals[0]![0]).toBe('助残日线上专场 · 统计报告');
		expect(totals[1]![0]).toMatch(/^生成时间：\d{4}-\d\d-\d\d \d\d:\d\d（北京时间）$/);
		expect(totals).toContainEqual(['需求人数', 5, '人']);
		expect(totals).toContainEqual(['录用', 1, '人']);
		const town = values('按乡镇');
		const header = town.find((row) => row[0] === '乡镇')!;
		expect(header).toContain('参会企业数（家）');
		expect(header).toContain('30天回访在岗（人）');
		const row = town.find((x) => x[0] === '耿镇镇')!;
		expect(row[header.indexOf('需求人数（人）')]).toBe(2);
		expect(row[header.indexOf('录用（人）')]).toBe(1);
		const kinds = values('按单位类型');
		expect(kinds.find((x) => x[0] === '单位类型')).not.toContain('参会求职者（人）');
	});

	it('takes the latest visit for 回访在岗 and each visit day for its own column', async () => {
		await visit(60, false);
		const r = await report();
		expect(r.totals).toMatchObject({ retained: 0, retained30: 1, retained60: 0, hires: 1 });
		expect(rowsOf(r, 'category')['视力残疾']).toMatchObject({ retained: 0, retained30: 1 });
		await visit(60, true);
		expect((await report()).totals).toMatchObject({ retained: 1, retained30: 1, retained60: 1 });
	});

	it('answers 403 to township staff and 404 for a draft or unknown fair', async () => {
		expect((await get('/report', w.township)).statusCode).toBe(403);
		expect((await get('/report.xlsx', w.township)).statusCode).toBe(403);
		const unknown = await w.call(
			'GET',
			'/api/fairs/00000000-0000-4000-8000-000000000000/report',
			w.staff,
		);
		expect(unknown.statusCode).toBe(404);
		expect(unknown.headers['content-type']).toContain('application/problem+json');
		expect(unknown.json().detail).toContain('没有找到这个招聘会');
		const draft = await createFair(
			w.db,
			new Date(Date.now() + DAY),
			new Date(Date.now() + 2 * DAY),
			'草稿',
			{
				state: 'draft',
			},
		);
		expect((await w.call('GET', `/api/fairs/${draft.id}/report.xlsx`, w.staff)).statusCode).toBe(
			404,
		);
	});

	it('shows the stored figures of a fair held before booths, with a note', async () => {
		const old = await createFair(
			w.db,
			new Date(Date.now() - 400 * DAY),
			new Date(Date.now() - 399 * DAY),
			'往年专场',
			{
				employerCount: 36,
				postingCount: 128,
				seekerCount: 402,
				intentionCount: 55,
			},
		);
		const res = await w.call('GET', `/api/fairs/${old.id}/report`, w.staff);
		const r = res.json() as FairReport;
		expect(r.source).toBe('history');
		expect(r.notes[0]).toContain('没有按残疾类别');
		expect(r.breakdowns).toEqual([]);
		expect(r.totals).toMatchObject({
			employers: 36,
			postings: 128,
			seekers: 402,
			intentions: 55,
			headcount: null,
			hires: null,
		});
		const file = await w.call('GET', `/api/fairs/${old.id}/report.xlsx`, w.staff);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
		const rows = wb.getWorksheet('总计')!.getSheetValues().filter(Boolean) as unknown[][];
		expect(rows.map((x) => x.slice(1))).toContainEqual(['参会企业数', 36, '家']);
		expect(wb.getWorksheet('按乡镇')!.getCell('A3').value).toBe('这场招聘会没有分项数字。');
	});

	it('counts zeros, not history, for a fair nobody has come to yet', async () => {
		const soon = await createFair(
			w.db,
			new Date(Date.now() + 5 * DAY),
			new Date(Date.now() + 6 * DAY),
			'下月专场',
		);
		const r = (await w.call('GET', `/api/fairs/${soon.id}/report`, w.staff)).json() as FairReport;
		expect(r.source).toBe('records');
		expect(r.totals).toMatchObject({ employers: 0, seekers: 0, hires: 0, retained: 0 });
		expect(rowsOf(r, 'category')['多重残疾']).toMatchObject({ seekers: 0 });
		expect(r.breakdowns.find((b) => b.dimension === 'township')!.rows).toEqual([]);
	});
});
