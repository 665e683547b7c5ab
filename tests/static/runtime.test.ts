import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The platform runs on Node alone (docs/architecture.md, "Build"): the start command and the
 * operator commands run the built JavaScript, and no package needs a TypeScript loader or a
 * development log formatter to run. A production install (`pnpm install --prod`) has neither.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const json = (path: string) =>
	JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as {
		dependencies?: Record<string, string>;
		scripts?: Record<string, string>;
	};
const DEV_ONLY = ['tsx', 'pino-pretty', 'esbuild'];

describe('what the platform needs at run time', () => {
	it.each(['api', 'db', 'search', 'contracts', 'web'])(
		'%s lists no development tool among its production dependencies',
		(pkg) => {
			const deps = Object.keys(json(`${pkg}/package.json`).dependencies ?? {});
			expect(deps.filter((d) => DEV_ONLY.includes(d))).toEqual([]);
		},
	);

	it('the start command and the operator scripts run built JavaScript, not TypeScript', () => {
		const scripts = readdirSync(join(ROOT, 'scripts')).filter((f) => f.endsWith('.mjs'));
		// test.mjs runs the test runner (tests/run.ts), a development task; build-api.mjs reads
		// the TypeScript sources it builds
		for (const file of scripts.filter((f) => f !== 'test.mjs' && f !== 'build-api.mjs')) {
			const text = readFileSync(join(ROOT, 'scripts', file), 'utf8');
			expect(text, file).not.toMatch(/'tsx'|--import tsx|src\/[\w/-]+\.ts'/);
		}
		const root = json('package.json').scripts ?? {};
		const operator = ['start', 'seed', 'db:migrate', 'backup', 'restore', 'data-key:rotate'];
		for (const name of [...operator, 'search:reindex', 'search:check']) {
			expect(root[name], name).toMatch(/^node scripts\//);
		}
	});
});
