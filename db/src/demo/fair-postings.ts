import type { Db } from '../client.js';
import { fairPostings } from '../schema/postings.js';
import { searchOutbox } from '../schema/search-outbox.js';

/**
 * Puts published demo postings into the demo fairs, so that the fair filter of the job search has
 * something to find: every `stride`-th posting goes to the fair at that position, up to `perFair`
 * each. The postings are queued for the search index again in the same transaction, since their
 * documents list the fairs they are in.
 */
export async function seedFairPostings(
	db: Db,
	fairIds: readonly string[],
	postingIds: readonly string[],
	perFair = 80,
): Promise<number> {
	if (fairIds.length === 0 || postingIds.length === 0) return 0;
	const stride = fairIds.length + 1;
	const rows = fairIds.flatMap((fairId, f) =>
		postingIds
			.filter((_, i) => i % stride === f)
			.slice(0, perFair)
			.map((postingId) => ({ fairId, postingId })),
	);
	return db.transaction(async (tx) => {
		const inserted = await tx
			.insert(fairPostings)
			.values(rows)
			.onConflictDoNothing()
			.returning({ postingId: fairPostings.postingId });
		if (inserted.length)
			await tx
				.insert(searchOutbox)
				.values(
					inserted.map((r) => ({
						entity: 'postings',
						entityId: r.postingId,
						op: 'upsert' as const,
					})),
				)
				.onConflictDoNothing();
		return inserted.length;
	});
}
