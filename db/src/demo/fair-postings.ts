import type { Db } from '../client.js';
import { fairPostings } from '../schema/postings.js';
import { searchOutbox } from '../schema/search-outbox.js';

/**
 * Puts the postings of the demo fairs' approved booths into the fairs' posting lists, as approving
 * a booth does, so that the fair filter of the job search finds them. The postings are queued for
 * the search index again in the same transaction (`db` may be one), since their documents list
 * the fairs they are in. Returns the rows inserted.
 */
export async function seedFairPostings(
	db: Db,
	rows: readonly { fairId: string; postingId: string }[],
): Promise<number> {
	if (rows.length === 0) return 0;
	return db.transaction(async (tx) => {
		const inserted = await tx
			.insert(fairPostings)
			.values([...rows])
			.onConflictDoNothing()
			.returning({ postingId: fairPostings.postingId });
		const queued = [...new Set(inserted.map((r) => r.postingId))];
		if (queued.length)
			await tx
				.insert(searchOutbox)
				.values(queued.map((entityId) => ({ entity: 'postings', entityId, op: 'upsert' as const })))
				.onConflictDoNothing();
		return inserted.length;
	});
}
