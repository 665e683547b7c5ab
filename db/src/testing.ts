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
	if (!names.length) return;
	// The audit log refuses TRUNCATE (it is append-only); a test database's owner lifts that
	// inside one transaction, so no other session ever sees the guard down.
	const audit = names.includes('"audit_log"');
	await db.transaction(async (tx) => {
		if (audit) await tx.execute(sql.raw('alter table audit_log disable trigger user'));
		await tx.execute(sql.raw(`truncate ${names.join(', ')} restart identity cascade`));
		if (audit) await tx.execute(sql.raw('alter table audit_log enable trigger user'));
	});
}

export function createTestCipher() {
	return createFieldCipher(randomBytes(32));
}
