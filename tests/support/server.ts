import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The Node arguments that run a built entry (`server`, `backup`, `search-check`…) as the start
 * command and the root scripts do: plain JavaScript from api/dist (scripts/build-api.mjs), built
 * first when a source is newer, so a test never runs yesterday's build.
 */
export function builtEntry(name: string): string[] {
	const lib = pathToFileURL(join(ROOT, 'scripts/lib.mjs')).href;
	const build = spawnSync(
		process.execPath,
		['--input-type=module', '-e', `(await import(${JSON.stringify(lib)})).buildApiIfStale()`],
		{ cwd: ROOT, encoding: 'utf8' },
	);
	if (build.status !== 0)
		throw new Error(`building the API failed:\n${build.stdout}${build.stderr}`);
	return ['--enable-source-maps', join(ROOT, 'api/dist', `${name}.mjs`)];
}

export type RunningServer = {
	child: ChildProcess;
	output: () => string;
	stop(signal?: NodeJS.Signals): Promise<number | null>;
};

/**
 * Starts the platform process as the start command does (the built server with the built web
 * handler) and waits until it prints its ready line.
 */
export async function startPlatform(port: number, env: NodeJS.ProcessEnv): Promise<RunningServer> {
	const child = spawnPlatform(port, env);
	let output = '';
	child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
	child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
	const deadline = Date.now() + 150_000;
	while (!output.includes('融合就业已启动')) {
		if (child.exitCode !== null || Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not start:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		child,
		output: () => output,
		stop: (signal = 'SIGTERM') =>
			new Promise((done) => {
				// a child killed by a signal keeps exitCode null: it has exited all the same
				if (child.exitCode !== null || child.signalCode !== null) return done(child.exitCode);
				child.once('exit', (code) => done(code));
				child.kill(signal);
			}),
	};
}

/**
 * Starts the platform expecting it to refuse: resolves with its exit code and output once it
 * exits, or rejects if it starts instead (after stopping it).
 */
export async function platformRefusal(
	port: number,
	env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
	const child = spawnPlatform(port, env);
	let output = '';
	child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
	child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
	const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
	const deadline = Date.now() + 150_000;
	while (child.exitCode === null && child.signalCode === null) {
		if (output.includes('融合就业已启动') || Date.now() > deadline) {
			child.kill('SIGKILL');
			await exited;
			throw new Error(`server started (or hung) instead of refusing:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return { code: await exited, output };
}

function spawnPlatform(port: number, env: NodeJS.ProcessEnv) {
	return spawn(process.execPath, builtEntry('server'), {
		cwd: join(ROOT, 'api'),
		env: {
			PATH: process.env.PATH,
			PORT: String(port),
			HOST: '127.0.0.1',
			RONGHE_WEB_HANDLER: join(ROOT, 'web/build/handler.js'),
			RONGHE_API_URL: `http://127.0.0.1:${port}`,
			LOG_LEVEL: 'warn',
			...env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}
