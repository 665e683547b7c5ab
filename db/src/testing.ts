import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createDb, type Db, type DbHandle } from './client.js';
import { createFieldCipher } from './crypto.js';

/** A fresh in-memory PGlite with every migration applied. */
export async function createTestDb(): Promise<DbHandle> {
	const handle = createDb({ dataDir: 'memory://' });
	await handle.migrate();
	return handle;
}

/** Empties every table except the migration journal (order-independent thanks to CASCADE). */
export async function truncateAll(db: Db): Promise<void> {
	const result = await db.execute<{ tablename: string }>(
		sql`select tablename from pg_tables where schemaname = 'public'`,
	);
	const rows = Array.isArray(result)
		? result
		: (result as unknown as { rows: { tablename: string }[] }).rows;
	const names = rows.map((r: { tablename: string }) => `"${r.tablename}"`);
	if (names.length)
		await db.execute(sql.raw(`truncate ${names.join(', ')} restart identity cascade`));
}

export function createTestCipher() {
	return createFieldCipher(randomBytes(32));
}
