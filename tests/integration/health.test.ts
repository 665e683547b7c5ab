import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@ronghe/db';
import { createTestApp } from '../support/app.js';
import { createLaneDb } from '../support/db.js';

describe('GET /api/health', () => {
	let handle: DbHandle;
	let t: Awaited<ReturnType<typeof createTestApp>>;
	beforeAll(async () => {
		handle = await createLaneDb();
		t = await createTestApp(handle);
	});
	afterAll(async () => {
		await t.app.close();
	});

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
		await handle.close();
		const res = await t.app.inject({ method: 'GET', url: '/api/health' });
		expect(res.statusCode).toBe(503);
		expect(res.json()).toMatchObject({ status: 'degraded', db: 'down' });
	});
});
