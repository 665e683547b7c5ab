import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.js';

/** Driver-agnostic database handle; transactions satisfy the same type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbConfig = {
	/** postgres:// URL of a real server; when absent an embedded PGlite is used. */
	databaseUrl?: string | undefined;
	/** Folder for the embedded database (`<dataDir>/pglite`); `memory://` keeps it in memory. */
	dataDir: string;
	/** Pool size for a real server. */
	poolSize?: number;
	/**
	 * Longest a single statement may run, in ms (default 30 s): a runaway query is cancelled by
	 * the server instead of holding a connection and its locks. 0 turns the limit off.
	 */
	statementTimeoutMs?: number;
	/** A PGlite data folder archive (from `dumpDataDir`) to start a new embedded database from. */
	loadDataDir?: Blob;
};

/** Well above the slowest page (levy overview) and below the proxy's and Fastify's timeouts. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

export type DbHandle = {
	db: Db;
	driver: 'postgres' | 'pglite';
	migrate(): Promise<void>;
	ping(): Promise<boolean>;
	close(): Promise<void>;
	/** PGlite only: a consistent tar.gz of the whole data folder (backups). */
	dumpDataDir?: () => Promise<Blob>;
	/**
	 * LISTEN on a channel: `onPayload` gets each NOTIFY's payload. Resolves once the LISTEN is in
	 * place, with a function that stops it. `onListen` runs each time the LISTEN is (re)made —
	 * after a lost connection postgres.js listens again by itself, and notifications sent in
	 * between are gone, so a listener re-reads what it watches. On a server this is one
	 * connection of its own for all channels, outside the pool; `close()` ends it.
	 */
	listen: Listen;
};

export type Listen = (
	channel: string,
	onPayload: (payload: string) => void,
	onListen?: () => void,
) => Promise<() => Promise<void>>;

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Opens the database named by the config: a real PostgreSQL server or the embedded PGlite. */
export function createDb(config: DbConfig): DbHandle {
	const statementTimeout = config.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
	if (config.databaseUrl) {
		const client = postgres(config.databaseUrl, {
			max: config.poolSize ?? 10,
			onnotice: () => {},
			connect_timeout: 10,
			// sent as a startup parameter, so every pooled connection has it from its first query
			connection: { statement_timeout: statementTimeout },
		});
		const db = drizzlePostgres(client, { schema, casing: 'snake_case' });
		return {
			db: db as unknown as Db,
			driver: 'postgres',
			// Migrations may rewrite a large table: on a connection of their own, without the limit.
			migrate: async () => {
				const own = postgres(config.databaseUrl!, {
					max: 1,
					onnotice: () => {},
					connect_timeout: 10,
				});
				try {
					await migratePostgres(drizzlePostgres(own, { casing: 'snake_case' }), {
						migrationsFolder,
					});
				} finally {
					await own.end({ timeout: 5 });
				}
			},
			ping: () => ping(db as unknown as Db),
			close: once(() => client.end({ timeout: 5 })),
			listen: async (channel, onPayload, onListen) => {
				const { unlisten } = await client.listen(channel, onPayload, onListen);
				return unlisten;
			},
		};
	}
	const memory = config.dataDir === 'memory://';
	let dir: string | undefined;
	if (!memory) {
		dir = join(config.dataDir, 'pglite');
		mkdirSync(dir, { recursive: true });
	}
	// pg_trgm backs the PostgreSQL fallback of job search when Meilisearch is unreachable;
	// btree_gist the exclusion constraints that refuse double bookings at fairs
	const client = new PGlite({
		...(dir ? { dataDir: dir } : {}),
		...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
		extensions: { pg_trgm, btree_gist },
	});
	// PGlite is one connection in this process: set once, it holds for every later statement
	// (PGlite runs its queries in order, so this comes before the first of them).
	const limit = (ms: number) => client.exec(`set statement_timeout = ${Math.trunc(ms)}`);
	void limit(statementTimeout).catch(() => {});
	const db = drizzlePglite(client, { schema, casing: 'snake_case' });
	return {
		db: db as unknown as Db,
		driver: 'pglite',
		// migrations may rewrite a large table: without the limit, which comes back afterwards
		migrate: async () => {
			await limit(0);
			try {
				await migratePglite(db, { migrationsFolder });
			} finally {
				await limit(statementTimeout);
			}
		},
		ping: () => ping(db as unknown as Db),
		close: once(() => client.close()),
		dumpDataDir: () => client.dumpDataDir('gzip'),
		// one process, one connection: nothing to reconnect, so onListen runs once
		listen: async (channel, onPayload, onListen) => {
			const stop = await client.listen(channel, onPayload);
			onListen?.();
			return () => stop();
		},
	};
}

/** Closing twice (a test and its teardown, or two shutdown signals) must be harmless. */
function once(fn: () => Promise<void>): () => Promise<void> {
	let done: Promise<void> | undefined;
	return () => (done ??= fn());
}

async function ping(db: Db): Promise<boolean> {
	try {
		await db.execute(sql`select 1`);
		return true;
	} catch {
		return false;
	}
}
