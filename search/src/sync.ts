import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { searchOutbox } from '@ronghe/db/schema';
import type { SearchEngine } from './engine.js';
import { INDEXES } from './indexes/postings.js';

export type DrainResult = { processed: number; failed: number };

const MAX_BACKOFF_SECONDS = 300;

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
	const batch = await db
		.select()
		.from(searchOutbox)
		.where(lte(searchOutbox.availableAt, sql`now()`))
		.orderBy(asc(searchOutbox.id))
		.limit(batchSize);
	if (batch.length === 0) return { processed: 0, failed: 0 };

	let failed = 0;
	for (const index of INDEXES) {
		const rows = batch.filter((r) => r.entity === index.uid);
		if (rows.length === 0) continue;
		try {
			const docs = await index.load(
				db,
				rows.map((r) => r.entityId),
			);
			const found = new Set(docs.map((d) => d.id));
			const gone = rows.map((r) => r.entityId).filter((id) => !found.has(id));
			if (docs.length) await engine.upsert(index.uid, docs);
			if (gone.length) await engine.remove(index.uid, gone);
			for (const r of rows) {
				await db
					.delete(searchOutbox)
					.where(and(eq(searchOutbox.id, r.id), eq(searchOutbox.revision, r.revision)));
			}
		} catch (err) {
			failed += rows.length;
			const message = err instanceof Error ? err.message : String(err);
			for (const r of rows) {
				const delay = Math.min(MAX_BACKOFF_SECONDS, 2 ** Math.min(r.attempts, 8));
				await db
					.update(searchOutbox)
					.set({
						attempts: r.attempts + 1,
						lastError: message.slice(0, 500),
						availableAt: sql`now() + make_interval(secs => ${delay})`,
					})
					.where(and(eq(searchOutbox.id, r.id), eq(searchOutbox.revision, r.revision)));
			}
		}
	}
	const unknown = batch.filter((r) => !INDEXES.some((i) => i.uid === r.entity));
	for (const r of unknown) await db.delete(searchOutbox).where(eq(searchOutbox.id, r.id));
	return { processed: batch.length - failed, failed };
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
