import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '@ronghe/api/app';
import type { DbHandle } from '@ronghe/db';
import { createTestCipher } from '@ronghe/db/testing';
import { createSearch, drainOnce, type MeiliSearchEngine, type SearchEngine } from '@ronghe/search';
import { seedReference } from '../fixtures/factories.js';
import {
	FILTER_CASES,
	FILTERS_NOW,
	seedFilterPostings,
	TEXT_DIFFERENCES,
} from '../fixtures/posting-filters.js';
import { createLaneDb } from '../support/db.js';
import { matcherIds, namesOf, searchIds } from '../support/filter-paths.js';

const quiet = { info: () => {}, warn: () => {} };
const prefix = `f${randomBytes(4).toString('hex')}_`;

async function appOn(handle: DbHandle, engine: SearchEngine) {
	const app = await buildApp({
		db: handle.db,
		pingDb: handle.ping,
		search: engine,
		version: 'test',
		now: () => FILTERS_NOW,
		cipher: createTestCipher(),
	});
	await app.ready();
	return app;
}

/**
 * The posting filter through all three paths, on a real Meilisearch: /jobs answered by
 * Meilisearch, /jobs answered by PostgreSQL while Meilisearch is unreachable, and the alert
 * matcher. One table of filters (tests/fixtures/posting-filters.ts), the same postings from each.
 */
describe('one posting filter: Meilisearch, the fallback and the alert matcher', () => {
	let handle: DbHandle;
	let engine: MeiliSearchEngine;
	let app: App;
	let degradedApp: App;
	let seeded: Awaited<ReturnType<typeof seedFilterPostings>>;
	beforeAll(async () => {
		handle = await createLaneDb();
		await seedReference(handle.db);
		seeded = await seedFilterPostings(handle.db);
		engine = await createSearch({
			meiliUrl: process.env.TEST_MEILI_URL,
			meiliMasterKey: process.env.TEST_MEILI_MASTER_KEY,
			dataDir: 'unused',
			indexPrefix: prefix,
			log: quiet,
		});
		await drainOnce(handle.db, engine);
		app = await appOn(handle, engine);
		const dead = await createSearch({
			meiliUrl: 'http://127.0.0.1:9',
			dataDir: 'unused',
			indexPrefix: prefix,
			log: quiet,
		});
		degradedApp = await appOn(handle, dead);
	});
	afterAll(async () => {
		await app?.close();
		await degradedApp?.close();
		await engine?.client.deleteIndex(engine.indexUid('postings')).waitTask();
		await handle?.close();
	});

	it('gives the same postings on every path for every filter of the table', async () => {
		const filters = FILTER_CASES.map((c) => c.filter(seeded.fairId));
		const expected = Object.fromEntries(FILTER_CASES.map((c) => [c.name, [...c.expected].sort()]));
		const search: Record<string, string[]> = {};
		const fallback: Record<string, string[]> = {};
		for (const [i, c] of FILTER_CASES.entries()) {
			const live = await searchIds(app, filters[i]!);
			expect(live.degraded).toBe(false);
			search[c.name] = namesOf(live.ids, seeded.ids);
			const db = await searchIds(degradedApp, filters[i]!);
			expect(db.degraded).toBe(true);
			fallback[c.name] = namesOf(db.ids, seeded.ids);
		}
		const matched = await matcherIds(app, handle.db, filters);
		const matcher = Object.fromEntries(
			FILTER_CASES.map((c, i) => [c.name, namesOf(matched[i]!, seeded.ids)]),
		);
		expect(search).toEqual(expected);
		expect(fallback).toEqual(expected);
		expect(matcher).toEqual(expected);
	});

	it('differs only in free text: pinyin, and queries with a word found nowhere', async () => {
		for (const d of TEXT_DIFFERENCES) {
			const live = await searchIds(app, d.filter());
			expect(namesOf(live.ids, seeded.ids), d.name).toEqual([...d.search].sort());
			const db = await searchIds(degradedApp, d.filter());
			expect(namesOf(db.ids, seeded.ids), d.name).toEqual([...d.fallback].sort());
			const [matched] = await matcherIds(app, handle.db, [d.filter()]);
			expect(namesOf(matched!, seeded.ids), d.name).toEqual([...d.matcher].sort());
		}
	});
});
