import { describe, expect, it } from 'vitest';
import { buildApp } from '@ronghe/api/app';
import { useApi } from '../support/app.js';

describe('GET /api/health', () => {
	const t = useApi();

	it('reports ok when the database and search both answer', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/health' });
		expect(res.statusCode).toBe(200);
		expect(res.json()).toEqual({ status: 'ok', db: 'ok', search: 'ok', version: '0.0.0-test' });
	});

	it('reports degraded, still 200, when search is down', async () => {
		t.search.down = true;
		const res = await t.app.inject({ method: 'GET', url: '/api/health' });
		t.search.down = false;
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({ status: 'degraded', db: 'ok', search: 'down' });
	});

	it('answers 503 with db down when the database is gone', async () => {
		await t.handle.close();
		const res = await t.app.inject({ method: 'GET', url: '/api/health' });
		expect(res.statusCode).toBe(503);
		expect(res.json()).toMatchObject({ status: 'degraded', db: 'down' });
	});
});

describe('GET /api/health with a database that never answers', () => {
	const t = useApi();

	it('says degraded with db down within the ping timeout instead of hanging', async () => {
		const stuck = await buildApp({
			db: t.handle.db,
			pingDb: () => new Promise<boolean>(() => {}),
			search: t.search,
			version: '0.0.0-test',
			cipher: t.cipher,
		});
		try {
			const started = Date.now();
			const res = await stuck.inject({ method: 'GET', url: '/api/health' });
			expect(Date.now() - started).toBeLessThan(4000);
			expect(res.statusCode).toBe(503);
			expect(res.json()).toMatchObject({ status: 'degraded', db: 'down', search: 'ok' });
		} finally {
			await stuck.close();
		}
	});
});
