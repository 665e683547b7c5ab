import { sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';

/**
 * Tables a rejected request may change legitimately: sessions (a session is touched when used),
 * the audit log (a refused attempt may be recorded), the quota change log (triggers note which
 * employer's quota inputs were touched, a marker and not data), and the matching change log
 * (triggers note which postings and people changed, for the matching index). Columns likewise: the failed-sign-in
 * counter and lock of an account are the brute-force limit itself.
 */
const VOLATILE_TABLES = new Set([
	'sessions',
	'audit_log',
	'quota_input_changes',
	'match_changes',
	'__drizzle_migrations',
]);
const VOLATILE_COLUMNS = ['failed_logins', 'locked_until', 'last_seen_at'];

// postgres.js returns the rows themselves, PGlite an object holding them
const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? r : (r as { rows: T[] }).rows);

/** What the database holds: per table, its row count and a hash of all its rows. */
export function databaseFingerprint(db: Db) {
	let tables: string[] | undefined;
	return {
		async take(): Promise<Record<string, string>> {
			tables ??= rowsOf<{ tablename: string }>(
				await db.execute(
					sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
				),
			)
				.map((r) => r.tablename)
				.filter((t) => !VOLATILE_TABLES.has(t));
			const drop = sql.raw(VOLATILE_COLUMNS.map((c) => `'${c}'`).join(','));
			const parts = tables.map(
				(t) =>
					sql`select ${sql.raw(`'${t}'`)}::text as t, count(*)::text || ':' || coalesce(md5(string_agg((to_jsonb(x) - array[${drop}])::text, '|' order by (to_jsonb(x) - array[${drop}])::text)), '') as f from ${sql.identifier(t)} x`,
			);
			const rows = rowsOf<{ t: string; f: string }>(
				await db.execute(sql.join(parts, sql` union all `)),
			);
			return Object.fromEntries(rows.map((r) => [r.t, r.f]));
		},
		/**
		 * The next transaction id: it moves only when a transaction wrote something, so an
		 * unchanged value proves nothing was written without hashing every table.
		 */
		async writeMark(): Promise<string> {
			const [row] = rowsOf<{ x: string }>(
				await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as x`),
			);
			return row!.x;
		},
	};
}

/** The tables whose fingerprint differs. */
export function changedTables(a: Record<string, string>, b: Record<string, string>): string[] {
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((t) => a[t] !== b[t]).sort();
}
