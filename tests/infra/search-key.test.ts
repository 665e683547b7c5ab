import { randomBytes } from 'node:crypto';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearch, type MeiliSearchEngine } from '@ronghe/search';

const quiet = { info: () => {}, warn: () => {} };
const url = () => process.env.TEST_MEILI_URL!;
const masterKey = () => process.env.TEST_MEILI_MASTER_KEY!;

describe('searching with a search-only Meilisearch key', () => {
	let engine: MeiliSearchEngine;
	const prefix = `t${randomBytes(4).toString('hex')}_`;
	const open = () =>
		createSearch({
			meiliUrl: url(),
			meiliMasterKey: masterKey(),
			dataDir: 'unused',
			indexPrefix: prefix,
			log: quiet,
		});
	beforeAll(async () => {
		engine = await open();
		await engine.upsert('postings', [{ id: 'p1', title: '盲人保健按摩师', status: 'published' }]);
	});
	afterAll(async () => {
		const admin = new Meilisearch({ host: url(), apiKey: masterKey() });
		const { results } = await admin.getKeys({ limit: 1000 });
		for (const k of results.filter((k) => k.indexes.some((i) => i.startsWith(prefix))))
			await admin.deleteKey(k.uid);
		await admin.deleteIndex(engine.indexUid('postings')).waitTask();
	});

	it('answers searches with a key other than the master key', async () => {
		const key = await engine.searchKey();
		expect(key).toBeTruthy();
		expect(key).not.toBe(masterKey());
		const res = await engine.search('postings', {
			q: '按摩',
			filters: [],
			sort: [],
			facets: [],
			offset: 0,
			limit: 10,
		});
		expect(res.hits.map((h) => h.id)).toEqual(['p1']);
	});

	it('cannot write with that key: adding, deleting documents and changing settings are refused', async () => {
		const asSearcher = new Meilisearch({ host: url(), apiKey: (await engine.searchKey())! });
		const index = asSearcher.index(engine.indexUid('postings'));
		await expect(index.addDocuments([{ id: 'evil', title: '假岗位' }])).rejects.toMatchObject({
			cause: { code: 'invalid_api_key' },
		});
		await expect(index.deleteAllDocuments()).rejects.toMatchObject({
			cause: { code: 'invalid_api_key' },
		});
		await expect(index.updateSettings({ searchableAttributes: ['id'] })).rejects.toMatchObject({
			cause: { code: 'invalid_api_key' },
		});
		await expect(asSearcher.getKeys()).rejects.toMatchObject({
			cause: { code: 'invalid_api_key' },
		});
		const admin = new Meilisearch({ host: url(), apiKey: masterKey() });
		const stats = await admin.index(engine.indexUid('postings')).getStats();
		expect(stats.numberOfDocuments).toBe(1);
	});

	it('reuses its key on the next start instead of piling up new ones', async () => {
		const again = await open();
		expect(await again.searchKey()).toBe(await engine.searchKey());
		const admin = new Meilisearch({ host: url(), apiKey: masterKey() });
		const { results } = await admin.getKeys({ limit: 1000 });
		expect(results.filter((k) => k.indexes.some((i) => i.startsWith(prefix)))).toHaveLength(1);
	});
});
