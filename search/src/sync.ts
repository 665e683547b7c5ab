import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { searchOutbox, type SearchOutboxRow } from '@ronghe/db/schema';
import type { SearchDocument, SearchEngine } from './engine.js';
import { INDEXES } from './indexes/postings.js';

export type DrainResult = { processed: number; failed: number };

const MAX_BACKOFF_SECONDS = 300;
/** How long a claimed batch is hidden from other drains while it is being applied. */
const LEASE_SECONDS = 120;

type Row = Pick<SearchOutboxRow, 'id' | 'entity' | 'entityId' | 'revision' | 'attempts'>;

/**
 * Claims up to `limit` due rows by pushing their `available_at` past a lease, so two workers
 * (or two API processes) never apply the same change in an order that leaves the index stale.
 */
async function claim(db: Db, limit: number): Promise<Row[]> {
	type Raw = {
		id: number | string;
		entity: string;
		entity_id: string;
		revision: number;
		attempts: number;
	};
	const result: unknown = await db.execute(sql`
		update ${searchOutbox} set available_at = now() + make_interval(secs => ${LEASE_SECONDS})
		where id in (
			select id from ${searchOutbox} where available_at <= now()
			order by id limit ${limit} for update skip locked
		)
		returning id, entity, entity_id, revision, attempts`);
	// postgres.js returns the rows, PGlite an object holding them
	const rows = (Array.isArray(result) ? result : (result as { rows: Raw[] }).rows) as Raw[];
	return rows
		.map((r) => ({
			id: Number(r.id),
			entity: r.entity,
			entityId: r.entity_id,
			revision: r.revision,
			attempts: r.attempts,
		}))
		.sort((a, b) => a.id - b.id);
}

/** Error text safe to store: never the bound parameters of a failed query. */
export function safeErrorMessage(err: unknown): string {
	if (!(err instanceof Error)) return String(err).slice(0, 500);
	const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
	const message = err.message.split('\nparams:')[0] ?? '';
	return (message + cause).slice(0, 500);
}

/**
 * Applies one batch of outbox rows. Each row means "re-read the entity and upsert it, or
 * delete it if it is gone or no longer public", so a retry is always safe. A row is deleted
 * only if nobody changed the entity again meanwhile (same revision).
 */
export async function drainOnce(
	db: Db,
	engine: SearchEngine,
	batchSize = 500,
): Promise<DrainResult> {
	const batch = await claim(db, batchSize);
	if (batch.length === 0) return { processed: 0, failed: 0 };

	let failed = 0;
	const done = async (r: Row) => {
		const deleted = await db
			.delete(searchOutbox)
			.where(and(eq(searchOutbox.id, r.id), eq(searchOutbox.revision, r.revision)))
			.returning({ id: searchOutbox.id });
		// changed again while we worked: release the lease so the newer change goes next
		if (deleted.length === 0)
			await db
				.update(searchOutbox)
				.set({ availableAt: sql`now()` })
				.where(eq(searchOutbox.id, r.id));
	};
	const retryLater = async (r: Row, err: unknown) => {
		failed += 1;
		const delay = Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(r.attempts, 8));
		await db
			.update(searchOutbox)
			.set({
				attempts: r.attempts + 1,
				lastError: safeErrorMessage(err),
				availableAt: sql`now() + make_interval(secs => ${delay})`,
			})
			.where(and(eq(searchOutbox.id, r.id), eq(searchOutbox.revision, r.revision)));
	};

	for (const index of INDEXES) {
		const rows = batch.filter((r) => r.entity === index.uid);
		if (rows.length === 0) continue;
		try {
			await apply(
				engine,
				index.uid,
				rows,
				await index.load(
					db,
					rows.map((r) => r.entityId),
				),
			);
			for (const r of rows) await done(r);
		} catch (err) {
			// Engine unreachable: every row would fail the same way, so back them all off at once
			// instead of trying each one (each try may wait for a network timeout).
			if (rows.length === 1 || !(await engine.ping().catch(() => false))) {
				for (const r of rows) await retryLater(r, err);
				continue;
			}
			// One bad document must not hold back the rest: apply the rows one by one.
			for (const r of rows) {
				try {
					await apply(engine, index.uid, [r], await index.load(db, [r.entityId]));
					await done(r);
				} catch (one) {
					await retryLater(r, one);
				}
			}
		}
	}
	for (const r of batch.filter((r) => !INDEXES.some((i) => i.uid === r.entity))) await done(r);
	return { processed: batch.length - failed, failed };
}

async function apply(engine: SearchEngine, uid: string, rows: Row[], docs: SearchDocument[]) {
	const found = new Set(docs.map((d) => d.id));
	const gone = rows.map((r) => r.entityId).filter((id) => !found.has(id));
	if (docs.length) await engine.upsert(uid, docs);
	if (gone.length) await engine.remove(uid, gone);
}

/** Counts of rows waiting and rows that have failed at least once (shown on health pages). */
export async function outboxStatus(db: Db): Promise<{ pending: number; failing: number }> {
	const [row] = await db
		.select({
			pending: sql<number>`count(*)::int`,
			failing: sql<number>`count(*) filter (where ${searchOutbox.attempts} > 0)::int`,
		})
		.from(searchOutbox);
	return { pending: row?.pending ?? 0, failing: row?.failing ?? 0 };
}

/** An outbox row that has failed at least once; `lastError` never holds query parameters. */
export type OutboxFailure = {
	entity: string;
	entityId: string;
	attempts: number;
	lastError: string | null;
	nextAttemptAt: Date;
};

/** The rows that failed, most attempts first (for the staff status page). */
export async function outboxFailures(db: Db, limit = 50): Promise<OutboxFailure[]> {
	return db
		.select({
			entity: searchOutbox.entity,
			entityId: searchOutbox.entityId,
			attempts: searchOutbox.attempts,
			lastError: searchOutbox.lastError,
			nextAttemptAt: searchOutbox.availableAt,
		})
		.from(searchOutbox)
		.where(sql`${searchOutbox.attempts} > 0`)
		.orderBy(sql`${searchOutbox.attempts} desc`, searchOutbox.id)
		.limit(limit);
}

/**
 * Makes failed rows due now instead of after their back-off; returns how many. Their attempt
 * count is kept, so a row that fails again stays visible with its history.
 */
export async function retryFailed(db: Db): Promise<number> {
	const rows = await db
		.update(searchOutbox)
		.set({ availableAt: sql`now()` })
		.where(sql`${searchOutbox.attempts} > 0 and ${searchOutbox.availableAt} > now()`)
		.returning({ id: searchOutbox.id });
	return rows.length;
}
