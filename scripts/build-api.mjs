// Builds the API server and the operator commands into plain JavaScript under api/dist, so the
// platform runs on Node alone: no TypeScript loader at run time (docs/architecture.md, "Build").
// The workspace packages (@ronghe/*) are bundled in; every other package stays an import that
// Node resolves from api/node_modules, so api/package.json lists all of them.
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from './lib.mjs';

/** Output name → entry source. The operator commands are the root package.json's scripts. */
export const ENTRIES = {
	server: 'api/src/server.ts',
	migrate: 'db/src/cli/migrate.ts',
	seed: 'db/src/cli/seed.ts',
	backup: 'db/src/cli/backup.ts',
	restore: 'db/src/cli/restore.ts',
	'rotate-key': 'db/src/cli/rotate-key.ts',
	'search-reindex': 'search/src/cli/reindex.ts',
	'search-check': 'search/src/cli/check.ts',
};

export const DIST = join(ROOT, 'api/dist');

/**
 * Sources find files beside them through `import.meta.url` (db/migrations, api/package.json,
 * the import worker, the Meilisearch binary's package). In the bundle that URL would be the
 * bundle's own; each one is rewritten to the source file's place, relative to api/dist, so the
 * same files are found and the checkout can still be moved.
 */
const sourceUrls = {
	name: 'source-import-meta-url',
	setup(b) {
		b.onLoad({ filter: /\.ts$/ }, async (args) => {
			if (!args.path.startsWith(ROOT) || args.path.includes(`${sep}node_modules${sep}`))
				return undefined;
			let text = await readFile(args.path, 'utf8');
			if (text.includes('import.meta.url')) {
				const rel = relative(DIST, args.path).split(sep).join('/');
				text = text.replaceAll(
					'import.meta.url',
					`new URL(${JSON.stringify(rel)}, import.meta.url).href`,
				);
			}
			return { contents: text, loader: 'ts' };
		});
	},
};

const apiPackage = JSON.parse(await readFile(join(ROOT, 'api/package.json'), 'utf8'));
const apiDependencies = new Set(Object.keys(apiPackage.dependencies ?? {}));

/**
 * Bundles @ronghe/* only; any other bare import (and node:*) is left for Node to resolve from
 * api/node_modules. A package the API does not list would be missing there at run time, so the
 * build stops on it instead.
 */
const externalPackages = {
	name: 'external-packages',
	setup(b) {
		b.onResolve({ filter: /^[^./]/ }, (args) => {
			if (args.path.startsWith('@ronghe/')) return undefined;
			const parts = args.path.split('/');
			const name = args.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
			if (
				args.path.startsWith('node:') ||
				builtinModules.includes(name) ||
				apiDependencies.has(name)
			)
				return { path: args.path, external: true };
			return {
				errors: [
					{
						text: `${name} (imported by ${relative(ROOT, args.importer)}) is not in api/package.json's dependencies`,
					},
				],
			};
		});
	},
};

export async function buildApi() {
	// built beside, then moved in file by file: a process starting meanwhile never sees half
	await mkdir(DIST, { recursive: true });
	const tmp = await mkdtemp(join(dirname(DIST), '.dist-'));
	try {
		await build({
			entryPoints: Object.fromEntries(
				Object.entries(ENTRIES).map(([name, src]) => [name, join(ROOT, src)]),
			),
			outdir: tmp,
			outExtension: { '.js': '.mjs' },
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node20.19',
			sourcemap: true,
			legalComments: 'none',
			logLevel: 'warning',
			plugins: [externalPackages, sourceUrls],
		});
		for (const file of await readdir(tmp)) await rename(join(tmp, file), join(DIST, file));
	} finally {
		await rm(tmp, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	await buildApi();
}
