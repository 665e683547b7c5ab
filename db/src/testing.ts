import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createDb, migrationsFolder, type Db, type DbHandle } from './client.js';
import { createFieldCipher } from './crypto.js';

/**
 * Where the migrated empty database of these migrations is kept between test files: a PGlite
 * data folder archive, named by a hash of every migration file. Starting PGlite from it takes
 * about a third of the time of starting an empty one and migrating it, and each test file
 * starts one.
 */
function templatePath(): string {
	const hash = createHash('sha256');
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name.localeCompare(b.name),
		)) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else hash.update(entry.name).update(readFileSync(path));
		}
	};
	walk(migrationsFolder);
	return join(tmpdir(), `ronghe-pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar.gz`);
}

/**
 * A fresh in-memory PGlite with every migration applied. The first one of a set of migrations
 * is migrated for real and kept as an archive; later ones start from that archive (and still run
 * the migrator, which finds nothing to do). An archive that cannot be read is made again.
 */
export async function createTestDb(): Promise<DbHandle> {
	const path = templatePath();
	let archive: Buffer | undefined;
	try {
		archive = readFileSync(path);
	} catch {
		archive = undefined;
	}
	if (archive) {
		const handle = createDb({
			dataDir: 'memory://',
			loadDataDir: new Blob([new Uint8Array(archive)]),
		});
		try {
			await handle.migrate();
			return handle;
		} catch {
			await handle.close().catch(() => {});
		}
	}
	const handle = createDb({ dataDir: 'memory://' });
	await handle.migrate();
	const dump = Buffer.from(await (await handle.dumpDataDir!()).arrayBuffer());
	// written whole, then renamed: another worker never reads half an archive
	const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
	writeFileSync(partial, dump);
	renameSync(partial, path);
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
