import type { Db } from '../client.js';
import { postings } from '../schema/postings.js';
import { searchOutbox } from '../schema/search-outbox.js';
import { firstDemoRecords } from './accounts.js';
import { bulkInsert } from './bulk.js';
import type { EmployerRef } from './employers.js';
import { createPostingFactory } from './postings.js';
import type { Random } from './random.js';

/** How many published postings the demo employer login starts with. */
const DEMO_EMPLOYER_POSTINGS = 3;

/**
 * The employer the demo login links to (the same query as the login's link) gets postings of
 * its own, so an HR manager trying the demo sees postings, candidates and applications rather
 * than an empty page. Its own random stream: the rest of the demo data stays as it was.
 */
export async function seedDemoEmployerPostings(
	db: Db,
	rng: Random,
	{ now, employers }: { now: Date; employers: readonly EmployerRef[] },
): Promise<number> {
	const { employerId } = await firstDemoRecords(db);
	const ref = employers.find((e) => e.id === employerId);
	if (!ref) return 0;
	let make: ReturnType<typeof createPostingFactory>;
	try {
		make = createPostingFactory(rng, { now, employers: [ref] });
	} catch {
		return 0; // an employer whose sectors offer no post type: nothing to add
	}
	const rows = Array.from({ length: DEMO_EMPLOYER_POSTINGS }, (_, i) => make(i)).filter(
		(p) => p.status === 'published',
	);
	if (rows.length === 0) return 0;
	await db.transaction(async (tx) => {
		await bulkInsert(tx, postings, rows, ['id']);
		// same transaction as the postings: the search index can never miss one
		await tx
			.insert(searchOutbox)
			.values(rows.map((p) => ({ entity: 'postings', entityId: p.id!, op: 'upsert' as const })))
			.onConflictDoNothing();
	});
	return rows.length;
}
