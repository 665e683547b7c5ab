import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@ronghe/search';
import { ROOT } from '../support/server.js';

const BANNER = '融合就业已启动';

describe('what `pnpm start` prints', () => {
	const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-start-output-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('a few progress lines, then the banner; a page request adds nothing; loopback only', async () => {
		const port = await freePort();
		// the environment a newcomer has: no LOG_LEVEL, no HOST
		const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), RONGHE_DATA_DIR: dataDir };
		for (const name of ['LOG_LEVEL', 'HOST', 'RONGHE_VERBOSE', 'DATABASE_URL', 'MEILI_URL'])
			delete env[name];
		const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
			cwd: ROOT,
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		const exited = new Promise((done) => child.once('exit', done));
		try {
			const deadline = Date.now() + 280_000;
			while (!output.includes(`${BANNER}`) || !output.includes('Ctrl-C')) {
				if (child.exitCode !== null || Date.now() > deadline)
					throw new Error(`did not start:\n${output}`);
				await new Promise((r) => setTimeout(r, 200));
			}
			const before = output.slice(0, output.indexOf(BANNER)).trimEnd().split('\n');
			expect(before.length, before.join('\n')).toBeLessThanOrEqual(30);
			expect(before[0]).toBe('安装依赖……');
			expect(before).toContain('启动数据库和搜索……');
			// nothing from the bundler: its output is in the log file
			expect(output).not.toMatch(/PLUGIN_TIMINGS|\.js\s+\d+(\.\d+)? kB/);
			expect(existsSync(join(dataDir, 'logs', 'build.log'))).toBe(true);
			expect(readFileSync(join(dataDir, 'logs', 'build.log'), 'utf8')).not.toBe('');

			const shown = output.length;
			const page = await fetch(`http://127.0.0.1:${port}/jobs`);
			expect(page.status).toBe(200);
			const script = /"([^"]*\/_app\/immutable\/[^"]+\.js)"/.exec(await page.text())?.[1];
			expect(script).toBeDefined();
			const asset = await fetch(new URL(script!, `http://127.0.0.1:${port}/jobs`));
			expect(asset.status).toBe(200);
			await new Promise((r) => setTimeout(r, 500));
			expect(output.slice(shown)).toBe('');

			// it prints a shared demo password, so it listens on loopback only: another address
			// of this machine is refused
			const other = Object.values(networkInterfaces())
				.flat()
				.find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
			if (other) {
				const refused = await fetch(`http://${other}:${port}/api/health`).then(
					() => false,
					() => true,
				);
				expect(refused).toBe(true);
			}
		} finally {
			child.kill('SIGTERM');
			await exited;
		}
	}, 300_000);
});
