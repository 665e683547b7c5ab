import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@ronghe/db';
import { createSearch, drainOnce, reindex, type MeiliSearchEngine } from '@ronghe/search';
import { createEmployer, createPosting, seedReference } from '../fixtures/factories.js';
import { createScratchDatabase } from '../support/db.js';
import { builtEntry } from '../support/server.js';

const SEARCH_DIR = resolve(import.meta.dirname, '../../search');
const quiet = { info: () => {}, warn: () => {} };

/** Runs a search CLI the way `pnpm search:…` does; resolves with its exit code and output. */
function cli(
	script: 'reindex' | 'check',
	env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, builtEntry(`search-${script}`), {
			cwd: SEARCH_DIR,
			env: { PATH: process.env.PATH ?? '', ...env },
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
		child.on('exit', (code) => done({ code, stdout, stderr }));
	});
}

describe('pnpm search:reindex and search:check against real PostgreSQL and Meilisearch', () => {
	let handle: DbHandle;
	let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
	let engine: MeiliSearchEngine;
	let env: Record<string, string>;
	const prefix = `cli${randomBytes(4).toString('hex')}_`;
	const ids: string[] = [];

	beforeAll(async () => {
		scratch = await createScratchDatabase('cli');
		handle = createDb({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 5 });
		await handle.migrate();
		await seedReference(handle.db);
		engine = await createSearch({
			meiliUrl: process.env.TEST_MEILI_URL,
			meiliMasterKey: process.env.TEST_MEILI_MASTER_KEY,
			dataDir: 'unused',
			indexPrefix: prefix,
			log: quiet,
		});
		const e = await createEmployer(handle.db, { name: '五台县云端客户服务有限公司' });
		for (let i = 0; i < 40; i++)
			ids.push((await createPosting(handle.db, e.id, { title: `居家客服专员${i}` })).id);
		await drainOnce(handle.db, engine);
		env = {
			DATABASE_URL: scratch.url,
			MEILI_URL: process.env.TEST_MEILI_URL!,
			MEILI_MASTER_KEY: process.env.TEST_MEILI_MASTER_KEY!,
			MEILI_INDEX_PREFIX: prefix,
		};
	});
	afterAll(async () => {
		await engine.client.deleteIndex(engine.indexUid('postings')).waitTask();
		await handle.close();
		await scratch.drop();
	});

	it('rebuilds the index while searches keep answering, then swaps it in and drops the old one', async () => {
		const live = engine.client.index(engine.indexUid('postings'));
		let stop = false;
		const answers: number[] = [];
		const errors: unknown[] = [];
		const searching = (async () => {
			while (!stop) {
				try {
					answers.push((await live.search('客服', { limit: 1 })).estimatedTotalHits ?? 0);
				} catch (err) {
					errors.push(err);
				}
			}
		})();
		const progress: number[] = [];
		const result = await reindex(handle.db, engine, {
			batchSize: 7,
			onProgress: ({ phase, done }) => phase === 'write' && progress.push(done),
		});
		stop = true;
		await searching;
		expect(result.documents).toBe(40);
		expect(errors).toEqual([]);
		expect(answers.length).toBeGreaterThan(0);
		expect(answers.every((n) => n === 40)).toBe(true);
		expect(progress.at(-1)).toBe(40);
		expect((await live.getStats()).numberOfDocuments).toBe(40);
		const uids = (await engine.client.getIndexes({ limit: 1000 })).results.map((i) => i.uid);
		expect(uids).not.toContain(`${engine.indexUid('postings')}_next`);
		expect((await live.getSettings()).filterableAttributes).toContain('townshipCode');
	});

	it('reports no drift (exit 0) when the index matches, and lists missing, stale and extra ids (exit 1)', async () => {
		const clean = await cli('check', env);
		expect(clean.stderr).toBe('');
		expect(clean.stdout).toContain('没有差异');
		expect(clean.code).toBe(0);

		const live = engine.client.index(engine.indexUid('postings'));
		const [gone, altered] = [ids[0]!, ids[1]!];
		await live.deleteDocument(gone).waitTask();
		await live.updateDocuments([{ id: altered, title: '被改过的标题' }]).waitTask();
		await live.addDocuments([{ id: 'not-a-posting', title: '多出来的' }]).waitTask();
		const drift = await cli('check', env);
		expect(drift.code).toBe(1);
		expect(drift.stdout).toMatch(new RegExp(`索引里缺少（1）：\\s+${gone}`));
		expect(drift.stdout).toMatch(new RegExp(`内容过时（1）：\\s+${altered}`));
		expect(drift.stdout).toMatch(/索引里多出（已不再发布）（1）：\s+not-a-posting/);

		// the repair path: a full rebuild through the CLI, then the check is clean again
		const rebuilt = await cli('reindex', env);
		expect(rebuilt.code).toBe(0);
		expect(rebuilt.stdout).toContain('搜索索引已重建：40 个岗位');
		expect(rebuilt.stderr).toContain('100%'); // non-TTY progress: a line per 10 %
		expect((await cli('check', env)).code).toBe(0);
	});

	it('refuses to open an embedded data folder that a running server holds, and says what to do', async () => {
		const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-cli-lock-'));
		// stands in for the platform server: a process whose command line names server.ts
		const server = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', 'server.ts']);
		try {
			writeFileSync(join(dataDir, 'ronghe.pid'), String(server.pid));
			const res = await cli('reindex', { RONGHE_DATA_DIR: dataDir });
			expect(res.code).toBe(1);
			expect(res.stderr).toContain(`融合就业服务正在运行（进程号 ${server.pid}）`);
			expect(res.stderr).toContain('/staff/search');
		} finally {
			server.kill();
			rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
