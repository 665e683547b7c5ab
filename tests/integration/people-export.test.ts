import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, people as peopleTable } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { multipartBody, readXlsx, rosterRow, rosterXlsx } from '../fixtures/roster.js';
import { useApi } from '../support/app.js';

describe('/api/people/export', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	const rows = [rosterRow(1, { 乡镇: '台城镇' }), rosterRow(2, { 乡镇: '东冶镇' }), rosterRow(3)];
	beforeAll(async () => {
		for (const role of ['federation', 'bureau', 'seeker'] as const)
			as[role] = `Bearer ${await (await createUser(t.handle.db, role)).newSession()}`;
		const township = await createUser(t.handle.db, 'township', { townshipCode: '140922105' });
		as.township = `Bearer ${await township.newSession()}`;
		const body = multipartBody(await rosterXlsx(rows), 'r.xlsx');
		await t.app.inject({
			method: 'POST',
			url: '/api/people/imports',
			payload: body.payload,
			headers: { ...body.headers, authorization: as.federation! },
		});
		await t.app.services.imports.idle();
	});
	const exportAs = (auth: string, query = '') =>
		t.app.inject({ url: `/api/people/export${query}`, headers: { authorization: auth } });
	// full numbers are asked for by POST (issue 11 item 4), the filters in the body
	const exportUnmasked = (auth: string, filters: Record<string, string> = {}) =>
		t.app.inject({
			method: 'POST',
			url: '/api/people/export',
			payload: { ...filters, unmasked: '1' },
			headers: { authorization: auth },
		});

	it('exports the registry with masked numbers and a Chinese file name', async () => {
		const res = await exportAs(as.bureau!);
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-type']).toContain('spreadsheetml');
		expect(res.headers['content-disposition']).toMatch(
			new RegExp(`filename\\*=UTF-8''${encodeURIComponent('残疾人名单-')}`),
		);
		const sheet = await readXlsx(res.rawPayload);
		expect(sheet[0]!.slice(0, 3)).toEqual(['姓名', '身份证号', '残疾人证号']);
		expect(sheet).toHaveLength(4);
		const text = JSON.stringify(sheet);
		for (const r of rows) {
			expect(text).not.toContain(String(r.身份证号));
			expect(text).toContain(
				`${String(r.身份证号).slice(0, 6)}********${String(r.身份证号).slice(-4)}`,
			);
		}
		expect(text).not.toContain('13900000001');
	});

	it('exports full numbers only when asked, and writes who did it to the audit log', async () => {
		const res = await exportUnmasked(as.federation!, { township: '140922100' });
		const sheet = await readXlsx(res.rawPayload);
		expect(
			sheet
				.slice(1)
				.map((r) => r[1])
				.sort(),
		).toEqual([rows[0]!, rows[2]!].map((r) => String(r.身份证号)).sort());
		const [entry] = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'people.export'))
			.orderBy(auditLog.id)
			.then((a) => a.slice(-1));
		expect(entry!.detail).toEqual({ unmasked: true, rows: 2, township: '140922100' });
		expect(JSON.stringify(entry)).not.toContain(String(rows[0]!.身份证号));
	});

	it('gives township staff only their township and never full numbers', async () => {
		const sheet = await readXlsx((await exportAs(as.township!, '?township=140922100')).rawPayload);
		expect(sheet.slice(1).map((r) => r[0])).toEqual(['测试2']);
		const unmasked = await exportUnmasked(as.township!);
		expect(unmasked.statusCode).toBe(403);
		expect(unmasked.json().detail).toMatch(/完整号码/);
	});

	it('filters by name like the registry list, and keeps seekers out', async () => {
		const sheet = await readXlsx((await exportAs(as.bureau!, '?q=测试3')).rawPayload);
		expect(sheet.slice(1).map((r) => r[0])).toEqual(['测试3']);
		expect((await exportAs(as.seeker!)).statusCode).toBe(403);
	});

	it('refuses full numbers by GET, so a link or a cross-site image cannot fetch them', async () => {
		const res = await exportAs(as.federation!, '?unmasked=1');
		expect(res.statusCode).toBe(405);
		expect(res.headers['content-type']).toContain('application/problem+json');
		expect(res.json().detail).toMatch(/POST/);
		expect(res.body).not.toContain(String(rows[0]!.身份证号));
	});

	it('streams the file page by page: every person exactly once, beyond one page', async () => {
		const many = Array.from({ length: 1050 }, (_, i) => rosterRow(1000 + i));
		const body = multipartBody(await rosterXlsx(many), 'many.xlsx');
		await t.app.inject({
			method: 'POST',
			url: '/api/people/imports',
			payload: body.payload,
			headers: { ...body.headers, authorization: as.federation! },
		});
		await t.app.services.imports.idle();
		const res = await exportUnmasked(as.federation!);
		expect(res.statusCode).toBe(200);
		// sent as it is written: the size is not known before the last row
		expect(res.headers['content-length']).toBeUndefined();
		const ids = (await readXlsx(res.rawPayload)).slice(1).map((r) => r[1]);
		expect(ids).toHaveLength(1053);
		expect(new Set(ids).size).toBe(1053);
		const got = new Set(ids);
		expect([...rows, ...many].filter((r) => !got.has(String(r.身份证号)))).toEqual([]);

		// in the order the registry list shows, whichever order is chosen, across the pages
		const listed = async (sort: string) => {
			const ids: string[] = [];
			for (let page = 1; ; page++) {
				const res = await t.app.inject({
					url: `/api/people?sort=${sort}&pageSize=100&page=${page}`,
					headers: { authorization: as.federation! },
				});
				const body = res.json() as { items: { id: string }[]; total: number };
				ids.push(...body.items.map((p) => p.id));
				if (ids.length >= body.total) return ids;
			}
		};
		for (const sort of ['name', 'newest', 'township']) {
			const file = await exportUnmasked(as.federation!, { sort });
			const exported = (await readXlsx(file.rawPayload)).slice(1).map((r) => r[1]);
			const people = await t.handle.db
				.select({ id: peopleTable.id, enc: peopleTable.idNumberEnc })
				.from(peopleTable);
			const idOf = new Map(people.map((p) => [p.id, t.cipher.decrypt(p.enc)]));
			expect(exported, sort).toEqual((await listed(sort)).map((id) => idOf.get(id)));
		}
	});
});
