import { sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { postings, searchOutbox } from '@ronghe/db/schema';

/**
 * Records that an entity changed. Call it inside the business transaction, so an index update
 * can never be lost between commit and enqueue.
 */
export async function markDirty(
	tx: Db,
	entity: string,
	entityId: string,
	op: 'upsert' | 'delete' = 'upsert',
): Promise<void> {
	await tx
		.insert(searchOutbox)
		.values({ entity, entityId, op })
		.onConflictDoUpdate({
			target: [searchOutbox.entity, searchOutbox.entityId],
			set: {
				op,
				revision: sql`${searchOutbox.revision} + 1`,
				attempts: 0,
				lastError: null,
				// a batch being applied keeps its lease; the change is picked up right after it
				availableAt: sql`greatest(${searchOutbox.availableAt}, now())`,
			},
		});
}

/**
 * Marks every published posting of an employer dirty, e.g. after the employer's name changed:
 * the name is part of each posting document. Call it inside the same transaction as the change.
 * Returns how many postings were marked.
 */
export async function markEmployerPostingsDirty(tx: Db, employerId: string): Promise<number> {
	const result: unknown = await tx.execute(sql`
		insert into ${searchOutbox} (entity, entity_id, op)
		select 'postings', ${postings.id}::text, 'upsert' from ${postings}
		where ${postings.employerId} = ${employerId} and ${postings.status} = 'published'
		on conflict (entity, entity_id) do update set
			op = 'upsert',
			revision = ${searchOutbox.revision} + 1,
			attempts = 0,
			last_error = null,
			available_at = greatest(${searchOutbox.availableAt}, now())
		returning id`);
	const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
	return rows.length;
}
