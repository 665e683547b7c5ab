import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type DbHandle } from '@ronghe/db';
import { createTestDb } from '@ronghe/db/testing';

/**
 * A migrated, empty database for one test file: in-memory PGlite, or — in the
 * integration-postgres lane — a fresh database on the throwaway PostgreSQL server.
 */
export async function createLaneDb(): Promise<DbHandle & { label: string }> {
	if (process.env.RONGHE_TEST_DB !== 'postgres') return { ...(await createTestDb()), label: 'pglite' };
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set; run the suite through `npm test`.');
	const name = `t_${randomBytes(6).toString('hex')}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const handle = createDb({ databaseUrl: url.toString(), dataDir: 'unused', poolSize: 5 });
	await handle.migrate();
	return {
		...handle,
		label: 'postgres',
		async close() {
			await handle.close();
			const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
			await a.unsafe(`drop database if exists ${name} with (force)`);
			await a.end();
		},
	};
}
