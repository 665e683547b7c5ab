import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '@ronghe/search';
import { createScratchDatabase } from './db.js';
import { startPlatform } from './server.js';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/**
 * Starts the whole platform as a user would (one process, one port) on a fresh database of the
 * throwaway PostgreSQL server and the test Meilisearch, with the Wutai demo data.
 */
export default async function setup(project: TestProject) {
	const dataDir = mkdtempSync(join(tmpdir(), 'ronghe-e2e-'));
	const port = await freePort();
	const tag = `e2e_${randomBytes(4).toString('hex')}`;
	const env: NodeJS.ProcessEnv = { RONGHE_DATA_DIR: dataDir };
	const scratch = process.env.TEST_DATABASE_URL ? await createScratchDatabase('e2e') : undefined;
	if (scratch) env.DATABASE_URL = scratch.url;
	if (process.env.TEST_MEILI_URL) {
		env.MEILI_URL = process.env.TEST_MEILI_URL;
		env.MEILI_MASTER_KEY = process.env.TEST_MEILI_MASTER_KEY;
		env.MEILI_INDEX_PREFIX = `${tag}_`;
	}
	const server = await startPlatform(port, env);
	const baseUrl = `http://127.0.0.1:${port}`;
	project.provide('baseUrl', baseUrl);

	return async () => {
		await server.stop();
		// E2E_SERVER_LOG=file keeps the platform's output for looking into a failure
		if (process.env.E2E_SERVER_LOG) writeFileSync(process.env.E2E_SERVER_LOG, server.output());
		rmSync(dataDir, { recursive: true, force: true });
		await scratch?.drop();
	};
}
