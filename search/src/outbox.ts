import { sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { searchOutbox } from '@ronghe/db/schema';

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
