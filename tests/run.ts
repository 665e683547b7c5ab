/**
 * The full test suite: static checks, then each lane with the servers it needs — a throwaway
 * PostgreSQL cluster and a Meilisearch on free ports — and one closing line `N passed, N failed`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { freePort, startEmbeddedMeilisearch } from '@ronghe/search';

const ROOT = resolve(import.meta.dirname, '..');
const only = process.argv.slice(2);
const results: { name: string; passed: number; failed: number; seconds: number }[] = [];
/** the failing tests of every lane, repeated under the summary so the end of a CI log names them */
const failures: string[] = [];
/** the first lines of a failure, without the test runner's own stack frames */
const brief = (message: string) =>
	message
		.split('\n')
		.filter((l) => !l.includes('node_modules'))
		.slice(0, 8)
		.join('\n      ');
const cleanups: (() => Promise<void> | void)[] = [];

function pnpmArgs(args: string[]): [string, string[]] {
	const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
	return probe.status === 0 ? ['pnpm', args] : ['npx', ['--yes', 'pnpm@10.34.9', ...args]];
}

/**
 * Runs one step. A step run beside another (`aside`) keeps its output and prints it whole when
 * it ends, so the log reads one step at a time.
 */
function step(
	name: string,
	cmd: string,
	args: string[],
	env: NodeJS.ProcessEnv = {},
	aside = false,
): Promise<boolean> {
	const start = Date.now();
	console.log(
		aside ? `\n▶ ${name} (beside the step above; its output follows when it ends)` : `\n▶ ${name}`,
	);
	return new Promise((done) => {
		const child = spawn(cmd, args, {
			cwd: ROOT,
			stdio: aside ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			env: { ...process.env, ...env, ...(aside ? { FORCE_COLOR: '1' } : {}) },
		});
		const kept: Buffer[] = [];
		child.stdout?.on('data', (c: Buffer) => kept.push(c));
		child.stderr?.on('data', (c: Buffer) => kept.push(c));
		child.on('exit', (code) => {
			const seconds = (Date.now() - start) / 1000;
			if (aside) console.log(`\n▼ ${name}\n${Buffer.concat(kept).toString('utf8')}`);
			console.log(
				`◀ ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds.toFixed(1)} s`,
			);
			done(code === 0);
		});
	});
}

async function check(name: string, cmd: string, args: string[], aside = false) {
	const start = Date.now();
	const ok = await step(name, cmd, args, {}, aside);
	results.push({
		name,
		passed: ok ? 1 : 0,
		failed: ok ? 0 : 1,
		seconds: (Date.now() - start) / 1000,
	});
}

async function lane(name: string, env: NodeJS.ProcessEnv = {}, aside = false) {
	if (only.length && !only.includes(name)) return;
	const out = join(tmpdir(), `ronghe-vitest-${name}-${process.pid}.json`);
	// The browser lane's platform output is kept, and its end printed when the lane fails, so a
	// failure seen only in CI says what the server was doing.
	const serverLog =
		name === 'browser' ? join(tmpdir(), `ronghe-e2e-server-${process.pid}.log`) : '';
	if (serverLog) env = { ...env, E2E_SERVER_LOG: serverLog };
	const start = Date.now();
	const ok = await step(
		`lane ${name}`,
		process.execPath,
		[
			join(ROOT, 'node_modules/vitest/vitest.mjs'),
			'run',
			'--project',
			name,
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${out}`,
		],
		env,
		aside,
	);
	let passed = 0;
	let failed = ok ? 0 : 1;
	if (existsSync(out)) {
		const report = JSON.parse(readFileSync(out, 'utf8')) as {
			numPassedTests: number;
			numFailedTests: number;
			numPendingTests: number;
			numTodoTests: number;
			numTotalTests: number;
			testResults?: {
				name: string;
				status?: string;
				message?: string;
				assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
			}[];
		};
		for (const file of report.testResults ?? []) {
			if (file.status === 'failed' && file.message)
				failures.push(`${name} · ${relative(ROOT, file.name)}\n      ${brief(file.message)}`);
			for (const t of file.assertionResults ?? []) {
				if (t.status === 'passed') continue;
				const why = brief(t.failureMessages?.[0] ?? t.status);
				failures.push(`${name} · ${relative(ROOT, file.name)} › ${t.fullName}\n      ${why}`);
			}
		}
		passed = report.numPassedTests;
		// a lane that crashed outside any test still counts as a failure
		failed = Math.max(
			report.numFailedTests + report.numPendingTests + report.numTodoTests,
			ok ? 0 : 1,
		);
		if (report.numTotalTests === 0) failed += 1;
		rmSync(out, { force: true });
	}
	if (serverLog && existsSync(serverLog)) {
		// slow answers are worth seeing even when every test passed
		const slow = readFileSync(serverLog, 'utf8')
			.split('\n')
			.filter((l) => l.includes('slow request'));
		if (slow.length) {
			console.log(`\nThe platform answered ${slow.length} requests slowly (≥ 3 s); the first 10:`);
			console.log(slow.slice(0, 10).join('\n'));
		}
		if (failed) {
			const lines = readFileSync(serverLog, 'utf8').trimEnd().split('\n');
			console.log(
				`\nThe platform's last ${Math.min(lines.length, 80)} lines of output (of ${lines.length}):`,
			);
			console.log(lines.slice(-80).join('\n'));
		}
		rmSync(serverLog, { force: true });
	}
	results.push({ name: `lane ${name}`, passed, failed, seconds: (Date.now() - start) / 1000 });
}

/** initdb + pg_ctl as the `postgres` user (PostgreSQL refuses to run as root). */
async function startPostgres(): Promise<string> {
	const versions = readdirSync('/usr/lib/postgresql').sort().reverse();
	const bin = `/usr/lib/postgresql/${versions[0]}/bin`;
	const dir = mkdtempSync(join(tmpdir(), 'ronghe-pg-'));
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
		const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
		chownSync(dir, uid, gid);
	}
	const as = (args: string[]) =>
		(asRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)]) as [
			string,
			string[],
		];
	const port = await freePort();
	const data = join(dir, 'data');
	const run = (args: string[]) => {
		const [cmd, rest] = as(args);
		const r = spawnSync(cmd, rest, { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
	};
	run([
		`${bin}/initdb`,
		'-D',
		data,
		'-U',
		'postgres',
		'--auth=trust',
		'-E',
		'UTF8',
		'--locale=C.UTF-8',
		'--no-sync',
	]);
	run([
		`${bin}/pg_ctl`,
		'-D',
		data,
		'-l',
		join(dir, 'server.log'),
		'-w',
		'-t',
		'60',
		'-o',
		`-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
		'start',
	]);
	cleanups.push(() => {
		run([`${bin}/pg_ctl`, '-D', data, '-m', 'immediate', '-w', 'stop']);
		rmSync(dir, { recursive: true, force: true });
	});
	console.log(`PostgreSQL ${versions[0]} on 127.0.0.1:${port}`);
	return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

async function main() {
	const started = Date.now();
	const [pnpm, pre] = pnpmArgs([]);
	const buildWeb = () =>
		check('build web', pnpm, [...pre, '--filter', '@ronghe/web', 'build'], true);
	if (!only.length) {
		// Lint (one ESLint process, the longest step) runs on one core; the other core takes the
		// type checks, then the short checks, the web build and the unit lane one after another.
		await Promise.all([
			check('lint', pnpm, [...pre, 'lint']),
			(async () => {
				await check('typecheck', pnpm, [...pre, '-r', 'typecheck'], true);
				await check('format', pnpm, [...pre, 'format'], true);
				await check(
					'migrations are in sync with the schema',
					pnpm,
					[...pre, '--filter', '@ronghe/db', 'check'],
					true,
				);
				await buildWeb();
				await lane('unit', {}, true);
			})(),
		]);
	} else {
		await buildWeb();
		await lane('unit');
	}
	// the servers the lanes start run the built JavaScript, as the start command does
	await check('build API', process.execPath, [join(ROOT, 'scripts/build-api.mjs')]);

	await lane('integration-pglite');

	const databaseUrl = await startPostgres();
	const meiliDir = mkdtempSync(join(tmpdir(), 'ronghe-meili-'));
	const meili = await startEmbeddedMeilisearch({
		dataDir: meiliDir,
		log: { info: () => {}, warn: console.warn },
	});
	cleanups.push(async () => {
		await meili.stop();
		rmSync(meiliDir, { recursive: true, force: true });
	});
	console.log(`Meilisearch on ${meili.url}`);
	const servers = {
		TEST_DATABASE_URL: databaseUrl,
		TEST_MEILI_URL: meili.url,
		TEST_MEILI_MASTER_KEY: meili.masterKey,
	};

	// the fault lane brings its own PostgreSQL cluster and Meilisearch, so it runs beside the
	// PostgreSQL lane instead of after it (the suite's time budget is 25 minutes on two cores)
	await Promise.all([lane('integration-postgres', servers), lane('faults', {}, true)]);
	await lane('browser', servers);

	console.log('\nSummary');
	for (const r of results) {
		console.log(
			`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${r.seconds.toFixed(1)} s)`,
		);
	}
	console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
	if (failures.length) {
		console.log(`\nFailed tests (${failures.length}):`);
		for (const f of failures.slice(0, 20)) console.log(`  ✗ ${f}`);
	}
	const passed = results.reduce((n, r) => n + r.passed, 0);
	const failed = results.reduce((n, r) => n + r.failed, 0);
	return { passed, failed };
}

async function cleanup() {
	for (const c of cleanups.splice(0).reverse()) {
		try {
			await c();
		} catch (err) {
			console.error('cleanup failed:', err);
		}
	}
}

// pg_ctl puts PostgreSQL in its own session, so Ctrl-C never reaches it: stop it ourselves.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
	process.once(sig, () => {
		console.log(`\n${sig}: stopping the test servers…`);
		void cleanup().finally(() => process.exit(130));
	});
}

let exitCode = 1;
try {
	const { passed, failed } = await main();
	console.log(`${passed} passed, ${failed} failed`);
	exitCode = failed === 0 && passed > 0 ? 0 : 1;
} catch (err) {
	console.error(err);
	console.log('0 passed, 1 failed');
} finally {
	await cleanup();
}
process.exit(exitCode);
