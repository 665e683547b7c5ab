/**
 * The servers a benchmark runs against: a throwaway PostgreSQL cluster and a Meilisearch child
 * process, or the running ones that DATABASE_URL and MEILI_URL + MEILI_MASTER_KEY name.
 * `cleanups` stop what was started, in order; the benchmark adds its own in front.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMeilisearch } from '@ronghe/search';
import { startThrowawayPostgres } from '../support/postgres.js';

export const quiet = { info: () => {}, warn: () => {} };

export async function benchServers() {
	const cleanups: (() => unknown)[] = [];
	let databaseUrl = process.env.DATABASE_URL;
	if (!databaseUrl) {
		const pg = await startThrowawayPostgres();
		cleanups.push(() => pg.stop());
		databaseUrl = pg.url;
	}
	let meiliUrl = process.env.MEILI_URL;
	let meiliKey = process.env.MEILI_MASTER_KEY;
	if (!meiliUrl) {
		const dir = mkdtempSync(join(tmpdir(), 'ronghe-bench-meili-'));
		const meili = await startEmbeddedMeilisearch({ dataDir: dir, log: quiet });
		cleanups.push(async () => {
			await meili.stop();
			rmSync(dir, { recursive: true, force: true });
		});
		meiliUrl = meili.url;
		meiliKey = meili.masterKey;
	}
	return { databaseUrl, meiliUrl, meiliKey, cleanups };
}
