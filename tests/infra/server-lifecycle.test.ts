import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@ronghe/search';
import { startPlatform } from '../support/server.js';

const alive = (pid: number) =>
	existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

describe('the one-command start (embedded PGlite + Meilisearch)', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-start-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('starts with demo data, stops Meilisearch on Ctrl-C, and keeps the data for the next start', async () => {
		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		const first = await startPlatform(port, { RONGHE_DATA_DIR: dataDir });
		expect(first.output()).toContain(`http://localhost:${port}`);
		expect(first.output()).toContain('已生成演示数据');
		expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({
			status: 'ok',
			db: 'ok',
			search: 'ok',
		});
		const home = await fetch(`${base}/`);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain('lang="zh-CN"');
		// search answers once the sync worker has sent the demo postings to Meilisearch
		let before = 0;
		for (let i = 0; i < 60 && before <= 100; i++) {
			before = (await (await fetch(`${base}/api/postings`)).json()).total as number;
			if (before <= 100) await new Promise((r) => setTimeout(r, 500));
		}
		expect(before).toBeGreaterThan(100);
		const meiliPid = Number(readFileSync(join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'));
		expect(alive(meiliPid)).toBe(true);
		// a second start on the same data folder is refused instead of stealing its Meilisearch
		await expect(startPlatform(await freePort(), { RONGHE_DATA_DIR: dataDir })).rejects.toThrow(
			/已被另一个正在运行的融合就业进程/,
		);
		expect(alive(meiliPid)).toBe(true);

		expect(await first.stop('SIGINT')).toBe(0);
		expect(alive(meiliPid)).toBe(false);

		const second = await startPlatform(port, { RONGHE_DATA_DIR: dataDir });
		expect(second.output()).not.toContain('已生成演示数据');
		const after = (await (await fetch(`${base}/api/postings`)).json()).total as number;
		expect(after).toBe(before);
		expect(await second.stop()).toBe(0);
	});
});
