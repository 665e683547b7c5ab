import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@ronghe/search';

const ROOT = resolve(import.meta.dirname, '../..');

/** Starts the platform exactly as command one does: embedded PGlite and Meilisearch, one port. */
async function startServer(dataDir: string, port: number) {
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
		cwd: join(ROOT, 'api'),
		env: {
			PATH: process.env.PATH,
			PORT: String(port),
			HOST: '127.0.0.1',
			RONGHE_DATA_DIR: dataDir,
			RONGHE_WEB_HANDLER: join(ROOT, 'web/build/handler.js'),
			RONGHE_API_URL: `http://127.0.0.1:${port}`,
			LOG_LEVEL: 'warn',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
	child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
	const deadline = Date.now() + 150_000;
	while (!output.includes('融合就业已启动')) {
		if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return { child, output: () => output };
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
	return new Promise((done) => {
		child.once('exit', (code) => done(code));
		child.kill(signal);
	});
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

describe('the one-command start (embedded PGlite + Meilisearch)', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-start-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('starts with demo data, stops Meilisearch on Ctrl-C, and keeps the data for the next start', async () => {
		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		const first = await startServer(dataDir, port);
		expect(first.output()).toContain(`http://localhost:${port}`);
		expect(first.output()).toContain('已生成演示数据');
		expect(await (await fetch(`${base}/api/health`)).json()).toMatchObject({ status: 'ok', db: 'ok', search: 'ok' });
		const home = await fetch(`${base}/`);
		expect(home.status).toBe(200);
		expect(await home.text()).toContain('lang="zh-CN"');
		const before = (await (await fetch(`${base}/api/postings`)).json()).total as number;
		expect(before).toBeGreaterThan(100);
		const meiliPid = Number(readFileSync(join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'));
		expect(alive(meiliPid)).toBe(true);

		expect(await stop(first.child)).toBe(0);
		expect(alive(meiliPid)).toBe(false);

		const second = await startServer(dataDir, port);
		expect(second.output()).not.toContain('已生成演示数据');
		const after = (await (await fetch(`${base}/api/postings`)).json()).total as number;
		expect(after).toBe(before);
		expect(await stop(second.child, 'SIGTERM')).toBe(0);
	});
});
