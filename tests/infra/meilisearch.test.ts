import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@ronghe/db';
import {
	createSearch,
	drainOnce,
	startEmbeddedMeilisearch,
	type MeiliSearchEngine,
} from '@ronghe/search';
import { createEmployer, createPosting, seedReference } from '../fixtures/factories.js';
import { createLaneDb } from '../support/db.js';

const quiet = { info: () => {}, warn: () => {} };

describe('search against a real Meilisearch', () => {
	let handle: DbHandle;
	let engine: MeiliSearchEngine;
	beforeAll(async () => {
		handle = await createLaneDb();
		await seedReference(handle.db);
		engine = await createSearch({
			meiliUrl: process.env.TEST_MEILI_URL,
			meiliMasterKey: process.env.TEST_MEILI_MASTER_KEY,
			dataDir: 'unused',
			indexPrefix: `t${randomBytes(4).toString('hex')}_`,
			log: quiet,
		});
	});
	afterAll(async () => {
		await engine.client.deleteIndex(engine.indexUid('postings')).waitTask();
		await handle.close();
	});

	it('creates the postings index with the settings from code (Chinese tokenisation)', async () => {
		const settings = await engine.client.index(engine.indexUid('postings')).getSettings();
		expect(settings.localizedAttributes).toEqual([
			{
				attributePatterns: [
					'title',
					'occupationName',
					'occupationAliases',
					'employerName',
					'townshipName',
					'description',
				],
				locales: ['cmn'],
			},
		]);
		expect(settings.filterableAttributes).toContain('townshipCode');
	});

	it('finds a published massage posting by Chinese text after the outbox drains', async () => {
		const e = await createEmployer(handle.db, { name: '台城盲人保健按摩店' });
		await createPosting(handle.db, e.id, {
			title: '盲人保健按摩师',
			postType: 'blind_health_massage',
		});
		const other = await createEmployer(handle.db, { name: '五台县自来水公司' });
		await createPosting(handle.db, other.id, { title: '仓库管理员' });
		await createPosting(handle.db, e.id, { title: '按摩草稿', status: 'draft' });
		expect(await drainOnce(handle.db, engine)).toEqual({ processed: 2, failed: 0 });
		const res = await engine.client.index(engine.indexUid('postings')).search('按摩');
		expect(res.hits.map((h) => h.title)).toEqual(['盲人保健按摩师']);
		const filtered = await engine.client
			.index(engine.indexUid('postings'))
			.search('', { filter: 'postType = "quota"' });
		expect(filtered.hits.map((h) => h.title)).toEqual(['仓库管理员']);
	});

	it('finds postings by pinyin, spaced pinyin and initials', async () => {
		const e = await createEmployer(handle.db, { name: '五台县云端客户服务有限公司' });
		await createPosting(handle.db, e.id, { title: '居家客服专员', postType: 'home_based' });
		await drainOnce(handle.db, engine);
		const titles = async (q: string) =>
			(await engine.client.index(engine.indexUid('postings')).search(q)).hits.map(
				(h) => h.title as string,
			);
		for (const q of ['anmo', 'an mo', 'am']) expect(await titles(q)).toContain('盲人保健按摩师');
		expect(await titles('anmo')).not.toContain('仓库管理员');
		expect(await titles('kefu')).toEqual(['居家客服专员']);
		expect(await titles('jujia kefu')).toEqual(['居家客服专员']);
		// words people type for the same thing
		expect(await titles('视障')).toContain('盲人保健按摩师');
		expect(await titles('推拿')).toContain('盲人保健按摩师');
		expect(await titles('在家')).toEqual(['居家客服专员']);
	});
});

describe('startEmbeddedMeilisearch', () => {
	it('starts the checksummed binary on 127.0.0.1, keeps its key and data, and stops cleanly', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronghe-meili-test-'));
		try {
			const first = await startEmbeddedMeilisearch({ dataDir: dir, log: quiet });
			expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
			const pidFile = join(dir, 'meilisearch', 'meilisearch.pid');
			expect(readFileSync(pidFile, 'utf8')).toBe(String(first.pid));
			const unauthorised = await fetch(`${first.url}/indexes`);
			expect(unauthorised.status).toBe(401);
			await new Meilisearch({ host: first.url, apiKey: first.masterKey })
				.createIndex('kept')
				.waitTask();
			await first.stop();
			expect(existsSync(`/proc/${first.pid}`)).toBe(false);
			expect(existsSync(pidFile)).toBe(false);

			const second = await startEmbeddedMeilisearch({ dataDir: dir, log: quiet });
			expect(second.masterKey).toBe(first.masterKey);
			const res = await fetch(`${second.url}/indexes/kept`, {
				headers: { authorization: `Bearer ${second.masterKey}` },
			});
			expect(res.status).toBe(200);
			await second.stop();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('starts Meilisearch again when it stops on its own, with the same address and data', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronghe-meili-test-'));
		try {
			const meili = await startEmbeddedMeilisearch({ dataDir: dir, log: quiet });
			const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey });
			await client.createIndex('kept').waitTask();
			const firstPid = meili.pid;
			process.kill(firstPid, 'SIGKILL');
			let healthy = false;
			for (let i = 0; i < 150 && !healthy; i++) {
				await new Promise((r) => setTimeout(r, 200));
				healthy = meili.pid !== firstPid && (await client.isHealthy());
			}
			expect(healthy).toBe(true);
			expect((await client.getIndex('kept')).uid).toBe('kept');
			await meili.stop();
			expect(existsSync(`/proc/${meili.pid}`)).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
