// Shared by start.mjs and test.mjs: plain Node, no dependencies, so it runs before `pnpm install`.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const PNPM_VERSION = '10.34.9';

export function checkNode() {
	const [major, minor] = process.versions.node.split('.').map(Number);
	if (major < 20 || (major === 20 && minor < 19)) {
		console.error(`需要 Node.js 20.19 或更新版本，当前是 ${process.versions.node}。`);
		process.exit(1);
	}
}

/** pnpm itself: the installed one when it is pnpm 10, otherwise fetched once through npx. */
export function pnpmCommand() {
	const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
	if (probe.status === 0 && probe.stdout.trim().startsWith('10.')) return ['pnpm'];
	return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

/**
 * Runs a command from the repository root; stops the script when it fails. With `log` (a file
 * path) its output is appended there instead of the terminal, and shown only when it fails.
 */
export function run(cmd, args, { log, ...opts } = {}) {
	const fd = log ? openSync(log, 'a') : undefined;
	const stdio = fd === undefined ? 'inherit' : ['ignore', fd, fd];
	const res = spawnSync(cmd, args, { stdio, cwd: ROOT, ...opts });
	if (fd !== undefined) closeSync(fd);
	if (res.status !== 0) {
		if (log) {
			const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
			console.error(lines.slice(-60).join('\n'));
			console.error(`（完整输出见 ${log}）`);
		}
		console.error(`命令失败：${cmd} ${args.join(' ')}`);
		process.exit(res.status ?? 1);
	}
}

export function pnpm(args, opts) {
	const [cmd, ...pre] = pnpmCommand();
	run(cmd, [...pre, ...args], opts);
}

export function installDependencies({ log } = {}) {
	pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], { log });
}

function newestMtime(dir) {
	let newest = 0;
	if (!existsSync(dir)) return newest;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (
			entry.name === 'node_modules' ||
			entry.name.startsWith('.svelte-kit') ||
			entry.name === 'build'
		)
			continue;
		const p = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
	}
	return newest;
}

/**
 * Builds the web app when its output is missing or older than its sources or the shared
 * contracts; `onBuild` is called first when it does (for a progress line).
 */
export function buildWebIfStale({ force = false, log, onBuild } = {}) {
	const out = join(ROOT, 'web/build/handler.js');
	const built = existsSync(out) ? statSync(out).mtimeMs : 0;
	const sources = Math.max(
		newestMtime(join(ROOT, 'web')),
		newestMtime(join(ROOT, 'contracts/src')),
	);
	if (force || built < sources) {
		onBuild?.();
		pnpm(['--filter', '@ronghe/web', 'build'], { log });
	}
	return out;
}

/**
 * Builds the API and the operator commands into api/dist (scripts/build-api.mjs) when the output
 * is missing or older than any workspace source it bundles. Returns the built server's path.
 */
export function buildApiIfStale({ force = false, log, onBuild } = {}) {
	const out = join(ROOT, 'api/dist/server.mjs');
	const built = existsSync(out) ? statSync(out).mtimeMs : 0;
	const sources = Math.max(
		...['api/src', 'db/src', 'search/src', 'contracts/src'].map((d) => newestMtime(join(ROOT, d))),
		statSync(join(ROOT, 'scripts/build-api.mjs')).mtimeMs,
		statSync(join(ROOT, 'api/package.json')).mtimeMs,
	);
	if (force || built < sources) {
		onBuild?.();
		run(process.execPath, [join(ROOT, 'scripts/build-api.mjs')], { log });
	}
	return out;
}

/** The command that runs one built entry (`server`, `backup`, …): see scripts/build-api.mjs. */
export function builtCommand(name) {
	return join(ROOT, 'api/dist', `${name}.mjs`);
}

export function which(cmd) {
	try {
		return (
			execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined
		);
	} catch {
		return undefined;
	}
}
