/**
 * Start-up benchmark for command one: time from process start to "ready" on an empty data folder
 * (migrations, demo seed, Meilisearch binary check and start) and on a warm restart, with memory,
 * against a baseline measured in the same run: starting Node with nothing to run.
 * Run: `pnpm --filter @ronghe/tests bench:startup`. Writes bench/results/startup.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@ronghe/search';
import { ROOT, startPlatform } from '../support/server.js';

const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rssMiB = (pid: number) => {
	const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	return m ? Math.round(Number(m[1]) / 1024) : NaN;
};

function baselineMs(): number {
	const t = performance.now();
	spawnSync(process.execPath, ['-e', '0'], { cwd: join(ROOT, 'api') });
	return performance.now() - t;
}

async function startOnce(dataDir: string) {
	const port = await freePort();
	const t = performance.now();
	const server = await startPlatform(port, { RONGHE_DATA_DIR: dataDir });
	const readyMs = performance.now() - t;
	const home = await fetch(`http://127.0.0.1:${port}/`);
	if (home.status !== 200) throw new Error(`home page answered ${home.status}`);
	const meiliPid = Number(readFileSync(join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'));
	const memory = { serverRssMiB: rssMiB(server.child.pid!), meilisearchRssMiB: rssMiB(meiliPid) };
	await server.stop();
	return { readyMs, ...memory };
}

const cold: Awaited<ReturnType<typeof startOnce>>[] = [];
const warm: Awaited<ReturnType<typeof startOnce>>[] = [];
const baseline: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const dir = mkdtempSync(join(tmpdir(), 'ronghe-bench-'));
	baseline.push(baselineMs());
	cold.push(await startOnce(dir));
	warm.push(await startOnce(dir));
	rmSync(dir, { recursive: true, force: true });
}
const summary = (xs: typeof cold) => ({
	readyMs: Math.round(median(xs.map((x) => x.readyMs))),
	serverRssMiB: median(xs.map((x) => x.serverRssMiB)),
	meilisearchRssMiB: median(xs.map((x) => x.meilisearchRssMiB)),
});
const result = {
	when: new Date().toISOString(),
	machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
	runs: RUNS,
	baselineNodeStartMs: Math.round(median(baseline)),
	coldStartWithDemoSeed: summary(cold),
	warmRestart: summary(warm),
	targetMs: 120_000,
};
const out = join(import.meta.dirname, 'results', 'startup.json');
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
const ok = result.coldStartWithDemoSeed.readyMs < result.targetMs;
console.log(ok ? 'startup within target' : 'startup SLOWER than the 2-minute target');
process.exit(ok ? 0 : 1);
