/**
 * Faults with real processes: the platform as the start command runs it (a child process), its
 * own PostgreSQL cluster and the embedded Meilisearch, and then the things that go wrong in a
 * county server room — the database is down at start, restarts under traffic, the platform is
 * killed mid-write, Meilisearch dies mid-update. Figures go to tests/faults/results.json for
 * docs/reliability.md.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@ronghe/db/demo';
import { freePort } from '@ronghe/search';
import { DRAFT } from '../fixtures/posting-draft.js';
import { startThrowawayPostgres } from '../support/postgres.js';
import { builtEntry, ROOT, startPlatform, type RunningServer } from '../support/server.js';

const figures: Record<string, unknown> = {};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) =>
	existsSync(`/proc/${pid}`) && !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');

/** On a timeout, says why: the last probe's error and, when given, the platform's own output. */
async function until<T>(
	what: string,
	probe: () => Promise<T | undefined>,
	ms = 60_000,
	platform?: () => RunningServer | undefined,
) {
	const deadline = Date.now() + ms;
	let last: unknown;
	for (;;) {
		const got = await probe().catch((err: unknown) => ((last = err), undefined));
		if (got !== undefined) return got;
		if (Date.now() > deadline) {
			const p = platform?.();
			const tail = p ? p.output().split('\n').slice(-40).join('\n') : '';
			const exit = p ? `platform exit code ${p.child.exitCode ?? 'none (running)'}` : '';
			throw new Error(
				`timed out waiting for ${what}; last error: ${String(last)}\n${exit}\n${tail}`,
			);
		}
		await sleep(200);
	}
}

describe('faults with real processes', () => {
	let pg: Awaited<ReturnType<typeof startThrowawayPostgres>>;
	let sql: postgres.Sql;
	const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-faults-'));
	let port = 0;
	let base = '';
	let server: RunningServer | undefined;
	// the platform without its web pages: these faults are about the API and its stores
	const env = () => ({ RONGHE_DATA_DIR: dataDir, DATABASE_URL: pg.url, RONGHE_WEB_HANDLER: '' });
	const start = async () => (server = await startPlatform(port, env()));

	beforeAll(async () => {
		pg = await startThrowawayPostgres();
		sql = postgres(pg.url, { max: 2, onnotice: () => {} });
		port = await freePort();
		base = `http://127.0.0.1:${port}`;
	});
	afterAll(async () => {
		// a graceful stop takes the platform's Meilisearch with it; one killed by a test (or left
		// by a failed one) is stopped by its pid file, so no test leaves a process behind
		await server?.stop('SIGTERM');
		const pidFile = join(dataDir, 'meilisearch', 'meilisearch.pid');
		if (existsSync(pidFile)) {
			const pid = Number(readFileSync(pidFile, 'utf8'));
			if (alive(pid)) process.kill(pid, 'SIGKILL');
		}
		await sql.end({ timeout: 1 });
		pg.stop();
		rmSync(dataDir, { recursive: true, force: true });
		mkdirSync(join(ROOT, 'tests/faults'), { recursive: true });
		writeFileSync(
			join(ROOT, 'tests/faults/results.json'),
			JSON.stringify({ when: new Date().toISOString(), ...figures }, null, 2) + '\n',
		);
	});

	const signIn = async (phone: string) => {
		const res = await fetch(`${base}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ phone, password: DEMO_PASSWORD }),
		});
		expect(res.status).toBe(200);
		const { token } = (await res.json()) as { token: string };
		return { authorization: `Bearer ${token}` };
	};
	const phoneOf = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.phone;

	it('starting with PostgreSQL down: a plain message, a non-zero exit, no Meilisearch left behind', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronghe-faults-down-'));
		const closedPort = await freePort();
		const child = spawn(process.execPath, builtEntry('server'), {
			cwd: join(ROOT, 'api'),
			env: {
				PATH: process.env.PATH,
				PORT: String(await freePort()),
				HOST: '127.0.0.1',
				RONGHE_DATA_DIR: dir,
				DATABASE_URL: `postgres://ronghe:secret-pw@127.0.0.1:${closedPort}/ronghe`,
				LOG_LEVEL: 'warn',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (c: Buffer) => (output += c.toString()));
		child.stderr.on('data', (c: Buffer) => (output += c.toString()));
		const code = await new Promise<number | null>((done) => child.once('exit', done));
		try {
			expect(code).not.toBe(0);
			expect(output).toContain(`无法连接 PostgreSQL 服务器 127.0.0.1:${closedPort}`);
			expect(output).toContain('DATABASE_URL');
			expect(output).not.toContain('secret-pw');
			// no stack trace for an operator to decode
			expect(output).not.toMatch(/^\s+at /m);
			const pidFile = join(dir, 'meilisearch', 'meilisearch.pid');
			if (existsSync(pidFile)) expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('PostgreSQL restarting under traffic: health says degraded, the API recovers without a restart', async () => {
		await start();
		const pid = server!.child.pid;
		const seen = new Map<number, number>();
		const problems: string[] = [];
		let traffic = true;
		const load = (async () => {
			while (traffic) {
				await Promise.all(
					['/api/postings?pageSize=5', '/api/townships', '/api/quota/disclosures'].map(
						async (path) => {
							const res = await fetch(base + path);
							seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
							if (res.status >= 500) {
								const body = (await res.json()) as { code?: string };
								if (res.status !== 503 || body.code !== 'database_unavailable')
									problems.push(`${path} → ${res.status} ${JSON.stringify(body)}`);
							} else await res.arrayBuffer();
						},
					),
				);
				await sleep(20);
			}
		})();
		const health = async () =>
			(await (await fetch(`${base}/api/health`)).json()) as { status: string; db: string };

		await sleep(500);
		const downAt = Date.now();
		pg.halt('fast');
		const degraded = await until(
			'health to say degraded',
			async () => {
				const h = await health();
				return h.db === 'down' ? h : undefined;
			},
			60_000,
			() => server,
		);
		expect(degraded.status).toBe('degraded');
		const noticedMs = Date.now() - downAt;
		await sleep(3_000);
		pg.resume();
		const upAt = Date.now();
		await until(
			'health to recover',
			async () => ((await health()).db === 'ok' ? true : undefined),
			60_000,
			() => server,
		);
		const recoveredMs = Date.now() - upAt;
		// a write works again on the same process: a sign-in opens a session row
		await signIn(phoneOf('bureau'));
		traffic = false;
		await load;

		expect(server!.child.exitCode).toBeNull();
		expect(server!.child.pid).toBe(pid);
		expect(problems).toEqual([]);
		expect(seen.get(503) ?? 0).toBeGreaterThan(0);
		figures.postgresRestart = {
			requests: [...seen.values()].reduce((a, b) => a + b, 0),
			byStatus: Object.fromEntries(seen),
			degradedNoticedMs: noticedMs,
			recoveredAfterRestartMs: recoveredMs,
		};
	});

	it('kill -9 during 1,000 concurrent objections: each acknowledged one is stored once, retries answer the same', async () => {
		server ??= await start();
		const years = (await (await fetch(`${base}/api/quota/disclosures`)).json()) as {
			items: { year: number; open: boolean }[];
		};
		const year = years.items.find((d) => d.open)!.year;
		const { rows } = (await (await fetch(`${base}/api/quota/disclosures/${year}`)).json()) as {
			rows: { employerId: string }[];
		};
		const run = randomBytes(4).toString('hex');
		const body = (i: number) =>
			JSON.stringify({
				submitterName: `测试${i}`,
				contact: `1380000${String(i).padStart(4, '0')}`,
				employerId: rows[i % rows.length]!.employerId,
				body: `故障演练 ${i}`,
				idempotencyKey: `fault-${run}-${String(i).padStart(6, '0')}`,
			});
		// one address per submitter, as 1,000 people in the county would have (the platform's
		// per-address limit would otherwise stop the flood, which is not what is measured here)
		const post = (i: number) =>
			fetch(`${base}/api/quota/disclosures/${year}/objections`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
				},
				body: body(i),
			}).then(
				async (res) => ({ status: res.status, id: ((await res.json()) as { id?: string }).id }),
				() => ({ status: 0, id: undefined }),
			);

		let acked = 0;
		const first = Array.from({ length: 1000 }, (_, i) =>
			post(i).then((r) => {
				if (r.status === 201 || r.status === 200) acked += 1;
				return r;
			}),
		);
		await until('some objections to be acknowledged', async () =>
			acked >= 100 ? true : undefined,
		);
		server!.child.kill('SIGKILL');
		const answers = await Promise.all(first);
		await server!.stop();
		const ackedIds = new Map<number, string>();
		answers.forEach((a, i) => {
			if ((a.status === 201 || a.status === 200) && a.id) ackedIds.set(i, a.id);
		});
		// the kill landed mid-flood: some answered, some never did
		expect(ackedIds.size).toBeGreaterThanOrEqual(100);
		expect(ackedIds.size).toBeLessThan(1000);

		await start();
		const stored = await sql<{ key: string; id: string; n: number }[]>`
			select idempotency_key as key, min(id::text) as id, count(*)::int as n
			from quota_objections where idempotency_key like ${`fault-${run}-%`} group by 1`;
		const byKey = new Map(stored.map((s) => [s.key, s]));
		for (const [i, id] of ackedIds) {
			const row = byKey.get(`fault-${run}-${String(i).padStart(6, '0')}`);
			expect(row, `acknowledged objection ${i} was lost`).toBeDefined();
			expect(row!.n).toBe(1);
			expect(row!.id).toBe(id);
		}

		// every submitter presses 提交 again: the acknowledged get the same objection back
		const again: { status: number; id: string | undefined }[] = [];
		for (let i = 0; i < 1000; i += 50)
			again.push(...(await Promise.all(Array.from({ length: 50 }, (_, k) => post(i + k)))));
		for (const [i, id] of ackedIds) {
			expect(again[i]!.status).toBe(200);
			expect(again[i]!.id).toBe(id);
		}
		expect(again.every((a) => a.status === 200 || a.status === 201)).toBe(true);
		const [totals] = await sql<{ n: number; keys: number }[]>`
			select count(*)::int as n, count(distinct idempotency_key)::int as keys
			from quota_objections where idempotency_key like ${`fault-${run}-%`}`;
		expect(totals).toEqual({ n: 1000, keys: 1000 });
		const { n, keys } = totals!;
		figures.killDuringWrites = {
			submissions: 1000,
			acknowledgedBeforeKill: ackedIds.size,
			storedAfterRestart: stored.length,
			lostAcknowledged: 0,
			duplicatesAfterRetry: n - keys,
		};
	});

	it('kill -9 Meilisearch during 10,000 posting updates: search degrades, nothing fails, no drift after', async () => {
		server ??= await start();
		const employer = await signIn(phoneOf('employer'));
		const staff = await signIn(phoneOf('bureau'));
		// ten postings of the demo employer's own, published through the review as usual
		const chains: { id: string }[] = [];
		for (let i = 0; i < 10; i++) {
			const res = await fetch(`${base}/api/employer/postings`, {
				method: 'POST',
				headers: { ...employer, 'content-type': 'application/json' },
				body: JSON.stringify({ ...DRAFT, title: `数据录入员（演练 ${i + 1}）` }),
			});
			expect(res.status, await res.clone().text()).toBe(201);
			const { id } = (await res.json()) as { id: string };
			for (const [path, who] of [
				[`/api/employer/postings/${id}/submit`, employer],
				[`/api/reviews/postings/${id}/approve`, staff],
			] as const)
				expect((await fetch(base + path, { method: 'POST', headers: who })).status).toBe(200);
			chains.push({ id });
		}

		const TOTAL = 10_000;
		const perChain = Math.ceil(TOTAL / chains.length / 4) * 4;
		const failures: string[] = [];
		let done = 0;
		const step = async (path: string, headers: Record<string, string>) => {
			const res = await fetch(base + path, { method: 'POST', headers });
			done += 1;
			if (res.status !== 200) failures.push(`${path} → ${res.status} ${await res.text()}`);
			else await res.arrayBuffer();
		};
		// close → withdraw → submit → approve: every step changes what search must show
		const cycle = async (id: string) => {
			for (let k = 0; k < perChain; k += 4) {
				await step(`/api/employer/postings/${id}/close`, employer);
				await step(`/api/employer/postings/${id}/withdraw`, employer);
				await step(`/api/employer/postings/${id}/submit`, employer);
				await step(`/api/reviews/postings/${id}/approve`, staff);
			}
		};
		const searches = new Map<number, number>();
		let updating = true;
		const searching = (async () => {
			while (updating) {
				const res = await fetch(`${base}/api/postings?q=${encodeURIComponent('按摩')}`);
				searches.set(res.status, (searches.get(res.status) ?? 0) + 1);
				await res.arrayBuffer();
				await sleep(100);
			}
		})();
		const meiliPid = () =>
			Number(readFileSync(join(dataDir, 'meilisearch', 'meilisearch.pid'), 'utf8'));
		const killer = (async () => {
			let kills = 0;
			for (const at of [0.2, 0.6]) {
				await until(
					'updates to progress',
					async () => (done >= TOTAL * at ? true : undefined),
					600_000,
				);
				process.kill(meiliPid(), 'SIGKILL');
				kills += 1;
			}
			return kills;
		})();
		const started = Date.now();
		await Promise.all(chains.map((p) => cycle(p.id)));
		const updateMs = Date.now() - started;
		const kills = await killer;
		updating = false;
		await searching;

		expect(failures.slice(0, 5)).toEqual([]);
		expect(done).toBeGreaterThanOrEqual(TOTAL);
		// search kept answering all along (from the database while Meilisearch was away)
		expect([...searches.keys()]).toEqual([200]);
		// the embedded Meilisearch is back and the outbox has been sent
		const status = await until(
			'the search index to catch up',
			async () => {
				const s = (await (await fetch(`${base}/api/search/status`, { headers: staff })).json()) as {
					engineUp: boolean;
					pending: number;
					failing: number;
				};
				return s.engineUp && s.pending === 0 ? s : undefined;
			},
			180_000,
		);
		expect(status.failing).toBe(0);
		expect(await server!.stop('SIGTERM')).toBe(0);
		server = undefined;

		const check = spawn(process.execPath, builtEntry('search-check'), {
			cwd: join(ROOT, 'search'),
			env: { PATH: process.env.PATH, DATABASE_URL: pg.url, RONGHE_DATA_DIR: dataDir },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let report = '';
		check.stdout.on('data', (c: Buffer) => (report += c.toString()));
		check.stderr.on('data', (c: Buffer) => (report += c.toString()));
		const code = await new Promise<number | null>((r) => check.once('exit', r));
		expect(report).toContain('没有差异');
		expect(code, report).toBe(0);
		figures.meilisearchKilled = {
			postingUpdates: done,
			failedUpdates: failures.length,
			meilisearchKills: kills,
			updateSeconds: Math.round(updateMs / 100) / 10,
			searchesDuringUpdates: Object.fromEntries(searches),
			driftAfterRestart: 0,
		};
	});
});
