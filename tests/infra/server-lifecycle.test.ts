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
		// search answers once the sync worker has sent every demo posting to Meilisearch, which
		// staff see on the search status as nothing left waiting (a total read half-way through
		// the sync would differ from the total after the restart)
		const login = await fetch(`${base}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ phone: '13900000006', password: 'wutai-demo-2026' }),
		});
		expect(login.status).toBe(200);
		const staff = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` };
		let status = { engineUp: false, pending: -1, failing: -1 };
		for (let i = 0; i < 120 && !(status.engineUp && status.pending === 0); i++) {
			if (i) await new Promise((r) => setTimeout(r, 500));
			status = await (await fetch(`${base}/api/search/status`, { headers: staff })).json();
		}
		expect(status).toMatchObject({ engineUp: true, pending: 0, failing: 0 });
		const before = (await (await fetch(`${base}/api/postings`)).json()).total as number;
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
