import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** One project per lane; tests/run.ts runs them one after another with the servers they need. */
export default defineConfig({
	test: {
		expect: { requireAssertions: true },
		// Vitest runs one file fewer than the machine has cores, which is one file at a time on
		// the 2-core CI machine while the integration lanes (PGlite in the worker) are bound by
		// that worker alone; two at a time took the PGlite lane from 212 s to 146 s there.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		projects: [
			{
				extends: true,
				// route modules import shared code as $lib, as SvelteKit resolves it in the app
				resolve: { alias: { $lib: fileURLToPath(new URL('./web/src/lib', import.meta.url)) } },
				test: {
					name: 'unit',
					include: ['{api,contracts,db,search,web}/src/**/*.test.ts', 'tests/static/**/*.test.ts'],
					environment: 'node',
				},
			},
			{
				extends: true,
				test: {
					name: 'integration-pglite',
					include: ['tests/integration/**/*.test.ts'],
					// the demo's plan records are made through the same services either way; they
					// are checked once, in the PostgreSQL lane (a minute here), and the PGlite start
					// with them is timed by tests/bench/startup.ts
					exclude: ['tests/integration/plan-demo.test.ts', '**/node_modules/**'],
					environment: 'node',
					isolate: false,
					testTimeout: 30_000,
					hookTimeout: 60_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'integration-postgres',
					include: ['tests/integration/**/*.test.ts', 'tests/infra/**/*.test.ts'],
					// the fuzz walk proves the API's validation, which is the same code on either
					// database; it runs once, in the PGlite lane, to keep the suite inside its budget
					exclude: ['tests/integration/fuzz.test.ts', '**/node_modules/**'],
					environment: 'node',
					isolate: false,
					env: { RONGHE_TEST_DB: 'postgres' },
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
			{
				extends: true,
				test: {
					// real processes killed and restarted: the platform, its PostgreSQL, Meilisearch
					name: 'faults',
					include: ['tests/faults/**/*.test.ts'],
					environment: 'node',
					testTimeout: 600_000,
					hookTimeout: 120_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/e2e/**/*.e2e.ts'],
					environment: 'node',
					globalSetup: ['tests/support/e2e-server.ts'],
					fileParallelism: false,
					// tests marked concurrent (the axe sweep) run two at a time: one checks a page
					// while the next one loads
					maxConcurrency: 2,
					testTimeout: 120_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
