// Shared by start.mjs and test.mjs: plain Node, no dependencies, so it runs before `pnpm install`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

export function run(cmd, args, opts = {}) {
	const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
	if (res.status !== 0) {
		console.error(`命令失败：${cmd} ${args.join(' ')}`);
		process.exit(res.status ?? 1);
	}
}

export function pnpm(args, opts) {
	const [cmd, ...pre] = pnpmCommand();
	run(cmd, [...pre, ...args], opts);
}

export function installDependencies() {
	pnpm(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
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

/** Builds the web app when its output is missing or older than its sources or the shared contracts. */
export function buildWebIfStale({ force = false } = {}) {
	const out = join(ROOT, 'web/build/handler.js');
	const built = existsSync(out) ? statSync(out).mtimeMs : 0;
	const sources = Math.max(
		newestMtime(join(ROOT, 'web')),
		newestMtime(join(ROOT, 'contracts/src')),
	);
	if (force || built < sources) pnpm(['--filter', '@ronghe/web', 'build']);
	return out;
}

/**
 * Builds the API and the operator commands into api/dist (scripts/build-api.mjs) when the output
 * is missing or older than any workspace source it bundles. Returns the built server's path.
 */
export function buildApiIfStale({ force = false } = {}) {
	const out = join(ROOT, 'api/dist/server.mjs');
	const built = existsSync(out) ? statSync(out).mtimeMs : 0;
	const sources = Math.max(
		...['api/src', 'db/src', 'search/src', 'contracts/src'].map((d) => newestMtime(join(ROOT, d))),
		statSync(join(ROOT, 'scripts/build-api.mjs')).mtimeMs,
		statSync(join(ROOT, 'api/package.json')).mtimeMs,
	);
	if (force || built < sources) run(process.execPath, [join(ROOT, 'scripts/build-api.mjs')]);
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
