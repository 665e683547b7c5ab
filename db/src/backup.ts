import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
	closeSync,
	createReadStream,
	createWriteStream,
	existsSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { createDb } from './client.js';
import { dataKeyCheck, dataKeyId } from './crypto.js';
import { DataKeyMismatchError, verifyDataKey } from './instance.js';

/**
 * A backup file is one JSON header line, then the database itself: a `pg_dump` custom-format
 * archive for PostgreSQL, a tar.gz of the data folder (`dumpDataDir`) for the embedded PGlite.
 * The header names the data key the identifiers inside are sealed with (its id and check value,
 * never the key), so a restore with another key is refused before anything is written. The key
 * itself is never in the backup: keep it apart from the backups.
 */
export type BackupHeader = {
	format: 'ronghe-backup';
	version: 1;
	driver: 'postgres' | 'pglite';
	keyId: string;
	keyCheck: string;
	createdAt: string;
};

/**
 * The database to back up or restore into, as the server names it; `env` is the environment
 * pg_dump and pg_restore run with (PATH, PG* variables), passed in by the command.
 */
export type Target = {
	databaseUrl?: string | undefined;
	dataDir: string;
	env?: NodeJS.ProcessEnv;
};

/** PostgreSQL's client programs: the newest installed server version's, else whatever is on PATH. */
function pgProgram(name: 'pg_dump' | 'pg_restore'): string {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return name;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', name)))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] ? join(root, versions[0], 'bin', name) : name;
}

async function run(
	cmd: string,
	args: string[],
	io: { stdin?: NodeJS.ReadableStream; stdout?: NodeJS.WritableStream; env?: NodeJS.ProcessEnv },
) {
	const child = spawn(cmd, args, {
		stdio: [io.stdin ? 'pipe' : 'ignore', io.stdout ? 'pipe' : 'ignore', 'pipe'],
		env: io.env,
	});
	let stderr = '';
	child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
	const work: Promise<unknown>[] = [];
	if (io.stdin) work.push(pipeline(io.stdin, child.stdin!));
	if (io.stdout) work.push(pipeline(child.stdout!, io.stdout));
	const [code] = (await Promise.all([once(child, 'close'), ...work]))[0] as [number | null];
	if (code !== 0) throw new Error(`${cmd} 失败（退出码 ${code}）：\n${stderr.trim()}`);
}

/**
 * The connection for pg_dump and pg_restore: the password goes in PGPASSWORD, not on the command
 * line, where every local user could read it.
 */
function pgConnection(target: Target): { arg: string; env: NodeJS.ProcessEnv } {
	const url = new URL(target.databaseUrl!);
	const password = decodeURIComponent(url.password);
	url.password = '';
	const env = { ...target.env, ...(password ? { PGPASSWORD: password } : {}) };
	return { arg: `--dbname=${url.toString()}`, env };
}

/** Writes a backup of the database named by `target` to `file`, after checking `key` against it. */
export async function backupDatabase(
	target: Target,
	key: Buffer,
	file: string,
): Promise<BackupHeader> {
	const handle = createDb(target);
	let header: BackupHeader;
	try {
		await handle.migrate();
		await verifyDataKey(handle.db, key);
		header = {
			format: 'ronghe-backup',
			version: 1,
			driver: handle.driver,
			keyId: dataKeyId(key),
			keyCheck: dataKeyCheck(key),
			createdAt: new Date().toISOString(),
		};
		const out = createWriteStream(file, { mode: 0o600 });
		out.write(JSON.stringify(header) + '\n');
		if (handle.dumpDataDir) {
			// PGlite is single-connection: the dump is taken between statements, a consistent copy
			out.end(Buffer.from(await (await handle.dumpDataDir()).arrayBuffer()));
			await once(out, 'finish');
		} else {
			const conn = pgConnection(target);
			await run(
				pgProgram('pg_dump'),
				['--format=custom', '--no-owner', '--no-privileges', conn.arg],
				{ stdout: out, env: conn.env },
			);
		}
	} finally {
		await handle.close();
	}
	return header;
}

/** The header line of a backup file and where the database part starts. */
export function readBackupHeader(file: string): { header: BackupHeader; offset: number } {
	const fd = openSync(file, 'r');
	const buf = Buffer.alloc(4096);
	const n = readSync(fd, buf, 0, buf.length, 0);
	closeSync(fd);
	const end = buf.subarray(0, n).indexOf('\n');
	let header: BackupHeader | undefined;
	try {
		header =
			end > 0 ? (JSON.parse(buf.subarray(0, end).toString('utf8')) as BackupHeader) : undefined;
	} catch {
		header = undefined;
	}
	if (header?.format !== 'ronghe-backup' || header.version !== 1)
		throw new Error(`${file} 不是融合就业的备份文件。`);
	return { header, offset: end + 1 };
}

/**
 * Restores a backup into an empty database: PostgreSQL through pg_restore in one transaction, or
 * a new PGlite data folder. Refused, before anything is written, when `key` is not the data key
 * the backup's identifiers are sealed with, when the target already holds data, or when the
 * backup is of the other kind of database.
 */
export async function restoreDatabase(
	target: Target,
	key: Buffer,
	file: string,
): Promise<BackupHeader> {
	const { header, offset } = readBackupHeader(file);
	if (header.keyCheck !== dataKeyCheck(key)) {
		throw new DataKeyMismatchError(
			`备份里的数据用密钥（编号 ${header.keyId}）加密，当前密钥（编号 ${dataKeyId(key)}）与之不符，拒绝恢复：` +
				'请设置备份时使用的 RONGHE_DATA_KEY（开发环境：把原数据目录的 data.key 放进目标数据目录）。',
		);
	}
	const wanted = target.databaseUrl ? 'postgres' : 'pglite';
	if (header.driver !== wanted) {
		throw new Error(
			header.driver === 'postgres'
				? '这是 PostgreSQL 的备份：请设置 DATABASE_URL 指向一个空数据库后再恢复。'
				: '这是内置 PGlite 的备份：请不设置 DATABASE_URL，恢复到一个新的数据目录。',
		);
	}
	if (target.databaseUrl) {
		const probe = createDb({ ...target, poolSize: 1 });
		try {
			const rows = (await probe.db.execute(
				sql`select count(*)::int as n from pg_tables where schemaname in ('public', 'drizzle')`,
			)) as unknown as { n: number }[];
			if (rows[0]!.n > 0) throw new Error('目标数据库不是空的：请恢复到一个新建的空数据库。');
		} finally {
			await probe.close();
		}
		const conn = pgConnection(target);
		await run(
			pgProgram('pg_restore'),
			['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', conn.arg],
			{ stdin: createReadStream(file, { start: offset }), env: conn.env },
		);
	} else {
		const dir = join(target.dataDir, 'pglite');
		if (existsSync(dir) && readdirSync(dir).length > 0)
			throw new Error(`${dir} 里已有数据库：请恢复到一个新的数据目录。`);
		const archive = new Blob([readFileSync(file).subarray(offset)]);
		const handle = createDb({ ...target, loadDataDir: archive });
		await handle.ping();
		await handle.close();
	}
	// the restored database is checked as the server will check it at start
	const handle = createDb(target);
	try {
		await handle.migrate();
		await verifyDataKey(handle.db, key);
	} finally {
		await handle.close();
	}
	return header;
}
