import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type DbHandle } from '@ronghe/db';
import { createTestDb } from '@ronghe/db/testing';

/**
 * A migrated, empty database for one test file: in-memory PGlite, or — in the
 * integration-postgres lane — a fresh database on the throwaway PostgreSQL server.
 */
export async function createLaneDb(): Promise<DbHandle> {
	if (process.env.RONGHE_TEST_DB !== 'postgres') return createTestDb();
	const scratch = await createScratchDatabase();
	const handle = createDb({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 5 });
	await handle.migrate();
	let closed: Promise<void> | undefined;
	return {
		...handle,
		close: () => (closed ??= handle.close().then(scratch.drop)),
	};
}

/** An empty database on the throwaway server (TEST_DATABASE_URL), dropped by `drop()`. */
export async function createScratchDatabase(
	prefix = 't',
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set; run the suite through `npm test`.');
	const name = `${prefix}_${randomBytes(6).toString('hex')}`;
	const admin = () => postgres(adminUrl, { max: 1, onnotice: () => {} });
	const a = admin();
	await a.unsafe(`create database ${name}`);
	await a.end();
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		name,
		url: url.toString(),
		async drop() {
			const b = admin();
			await b.unsafe(`drop database if exists ${name} with (force)`);
			await b.end();
		},
	};
}
