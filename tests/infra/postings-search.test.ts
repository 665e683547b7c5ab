import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '@ronghe/api/app';
import type { DbHandle } from '@ronghe/db';
import { createTestCipher } from '@ronghe/db/testing';
import { createSearch, drainOnce, type MeiliSearchEngine } from '@ronghe/search';
import { seedReference } from '../fixtures/factories.js';
import { DONGYE, SEARCH_NOW, seedSearchPostings, TAICHENG } from '../fixtures/search-postings.js';
import { createLaneDb } from '../support/db.js';

type Hit = { title: string; highlights: Record<string, { text: string; marks: number[][] }> };
type Body = { items: Hit[]; total: number; degraded: boolean; facets: Record<string, object> };

const updates: string[] = [];
const log = { info: (_o: object, msg: string) => updates.push(msg), warn: () => {} };
const prefix = `s${randomBytes(4).toString('hex')}_`;

async function appOn(handle: DbHandle, engine: MeiliSearchEngine) {
	const app = await buildApp({
		db: handle.db,
		pingDb: handle.ping,
		search: engine,
		version: 'test',
		now: () => SEARCH_NOW,
		cipher: createTestCipher(),
	});
	await app.ready();
	return app;
}

async function search(app: App, query: string): Promise<Body & { titles: string[] }> {
	const res = await app.inject({ method: 'GET', url: `/api/postings?${query}` });
	expect(res.statusCode).toBe(200);
	const body = res.json<Body>();
	return { ...body, titles: body.items.map((i) => i.title) };
}
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('job search through the API on a real Meilisearch', () => {
	let handle: DbHandle;
	let engine: MeiliSearchEngine;
	let app: App;
	beforeAll(async () => {
		handle = await createLaneDb();
		await seedReference(handle.db);
		await seedSearchPostings(handle.db);
		engine = await createSearch({
			meiliUrl: process.env.TEST_MEILI_URL,
			meiliMasterKey: process.env.TEST_MEILI_MASTER_KEY,
			dataDir: 'unused',
			indexPrefix: prefix,
			log,
		});
		await drainOnce(handle.db, engine);
		app = await appOn(handle, engine);
	});
	afterAll(async () => {
		await app.close();
		await engine.client.deleteIndex(engine.indexUid('postings')).waitTask();
		await handle.close();
	});

	it('keeps the settings in code in step with the server (no update on the next start)', async () => {
		updates.length = 0;
		await engine.reconcile();
		expect(updates).toEqual([]);
	});

	it('finds 按摩 by characters, pinyin, initials and synonyms, and marks the match', async () => {
		for (const text of ['按摩', 'anmo', 'an mo', 'am', '视障', '推拿']) {
			const body = await search(app, q(text));
			expect(body.degraded).toBe(false);
			expect(body.titles[0], text).toBe('盲人保健按摩师');
			expect(body.titles, text).not.toContain('足疗按摩师（已截止）');
		}
		const { text, marks } = (await search(app, q('按摩'))).items[0]!.highlights.title!;
		expect(marks.map(([s, e]) => text.slice(s, e)).join('')).toContain('按摩');
	});

	it('finds 居家客服 and kefu, with the description cropped around the match', async () => {
		const body = await search(app, q('居家客服'));
		expect(body.titles[0]).toBe('居家客服专员');
		expect((await search(app, 'q=kefu')).titles).toEqual(['居家客服专员']);
		const description = body.items[0]!.highlights.description!;
		expect(description.text).toContain('顾客咨询');
	});

	it('filters and counts like the database does', async () => {
		expect((await search(app, `township=${DONGYE}`)).titles).toEqual(['居家客服专员']);
		expect((await search(app, 'payMin=3000')).titles).toEqual(['盲人保健按摩师']);
		expect((await search(app, 'category=4&sort=pay')).titles).toEqual([
			'居家客服专员',
			'蔬菜大棚管理员',
		]);
		const all = await search(app, '');
		expect(all.total).toBe(3);
		expect(all.facets.township).toMatchObject({ [TAICHENG]: 1, [DONGYE]: 1 });
		expect(all.facets.category).toEqual({ 1: 1, 2: 1, 4: 2, 5: 1 });
		expect(Object.keys(all.facets).sort()).toEqual(
			['accommodations', 'category', 'postType', 'township', 'workMode'].sort(),
		);
		expect(all.facets.accommodations).toMatchObject({ flexible_hours: 1, tactile_paths: 1 });
		expect(all.facets.workMode).not.toEqual({});
		const dongye = await search(app, `township=${DONGYE}`);
		expect(dongye.facets.township).toEqual({ [DONGYE]: 1 });
	});

	it('sorts by distance from a township', async () => {
		expect((await search(app, `sort=distance&near=${DONGYE}`)).titles).toEqual([
			'居家客服专员',
			'盲人保健按摩师',
			'蔬菜大棚管理员',
		]);
	});

	it('answers from PostgreSQL with the same filters when Meilisearch is unreachable', async () => {
		const dead = await createSearch({
			meiliUrl: 'http://127.0.0.1:9',
			dataDir: 'unused',
			indexPrefix: prefix,
			log: { info: () => {}, warn: () => {} },
		});
		const degradedApp = await appOn(handle, dead);
		try {
			const body = await search(degradedApp, `${q('按摩')}&township=${TAICHENG}`);
			expect(body.degraded).toBe(true);
			expect(body.titles).toEqual(['盲人保健按摩师']);
			expect((await search(degradedApp, 'payMin=3000')).titles).toEqual(['盲人保健按摩师']);
			expect((await search(degradedApp, `sort=distance&near=${DONGYE}`)).titles).toEqual([
				'居家客服专员',
				'盲人保健按摩师',
				'蔬菜大棚管理员',
			]);
			const health = await degradedApp.inject({ method: 'GET', url: '/api/health' });
			expect(health.json()).toMatchObject({ status: 'degraded', search: 'down' });
		} finally {
			await degradedApp.close();
		}
	});
});
