import { describe, expect, it } from 'vitest';
import type { Import } from '@ronghe/contracts';
import { createUser } from '../fixtures/factories.js';
import { multipartBody, rosterRow, rosterXlsx, zipBombXlsx } from '../fixtures/roster.js';
import { useApi } from '../support/app.js';

// Issue 11 item 8: a roster upload is bounded in inflated bytes, rows and stored problems.
describe('roster upload bounds', () => {
	// lowered so the files stay small and the capped inflation quick (defaults: 200 MB, 50,000
	// rows, 1,000 problems)
	const t = useApi({
		importLimits: { maxUncompressedBytes: 64 * 1024 * 1024, maxRows: 40, maxErrors: 10 },
	});
	let auth = '';
	const upload = async (data: Buffer) => {
		auth ||= `Bearer ${await (await createUser(t.handle.db, 'federation')).newSession()}`;
		const body = multipartBody(data, 'roster.xlsx');
		return t.app.inject({
			method: 'POST',
			url: '/api/people/imports',
			payload: body.payload,
			headers: { ...body.headers, authorization: auth },
		});
	};
	const finished = async (id: string) => {
		await t.app.services.imports.idle();
		const res = await t.app.inject({
			url: `/api/people/imports/${id}`,
			headers: { authorization: auth },
		});
		return res.json() as Import;
	};

	it('refuses a zip bomb (2 MB that inflates to 2 GB) at once with a 413 problem, and keeps serving', async () => {
		const bomb = zipBombXlsx(2048);
		expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
		const res = await upload(bomb);
		expect(res.statusCode).toBe(413);
		expect(res.headers['content-type']).toContain('application/problem+json');
		expect(res.json().detail).toMatch(/解压后太大/);
		const health = await t.app.inject({ url: '/api/health' });
		expect(health.statusCode).toBeLessThan(500);
	});

	it('stops inflating a bomb whose directory lies about its size, within bounded memory', async () => {
		const before = process.memoryUsage().rss;
		const res = await upload(zipBombXlsx(2048, 1));
		expect(res.statusCode).toBe(202);
		const result = await finished(res.json().id);
		expect(result.status).toBe('failed');
		expect(result.failureMessage).toMatch(/解压后太大/);
		// 2 GB inflated whole would show here; the cap (64 MB) keeps the growth well below it
		expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
		const list = await t.app.inject({
			url: '/api/people/imports',
			headers: { authorization: auth },
		});
		expect(list.statusCode).toBe(200);
	});

	it('refuses a file with more rows than the limit, saying how many are allowed', async () => {
		const rows = Array.from({ length: 45 }, (_, i) => rosterRow(300 + i));
		const res = await upload(await rosterXlsx(rows));
		const result = await finished(res.json().id);
		expect(result).toMatchObject({ status: 'failed', createdRows: 0 });
		expect(result.failureMessage).toBe(
			'名单有 45 行，一次最多导入 40 行。请把名单分成几个文件上传。',
		);
	});

	it('keeps the first problems and counts the rest', async () => {
		const rows = Array.from({ length: 30 }, (_, i) => rosterRow(400 + i, { 乡镇: '不存在乡' }));
		const res = await upload(await rosterXlsx(rows));
		const result = await finished(res.json().id);
		expect(result).toMatchObject({ status: 'done', badRows: 30 });
		expect(result.errors).toHaveLength(11);
		expect(result.errors.at(-1)!.message).toMatch(/另有 20 个问题没有列出（最多列出 10 个）/);
	});
});
