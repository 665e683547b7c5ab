import { and, asc, eq, gt, gte, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { postings } from '@ronghe/db/schema';
import type { MeiliSearchEngine } from './client.js';
import { INDEXES } from './indexes/postings.js';
import { markDirty } from './outbox.js';

/** Progress of a full rebuild: `done` of `total` documents written for `index`. */
export type ReindexProgress = (p: {
	index: string;
	phase: 'write' | 'swap';
	done: number;
	total: number;
}) => void;

async function succeeded(task: { status: string; error?: { message: string } | null }) {
	if (task.status !== 'succeeded')
		throw new Error(task.error?.message ?? `Meilisearch 任务没有成功：${task.status}`);
}

/** Ids of published postings in id order, `size` at a time (keyset paging, no OFFSET scans). */
async function* publishedIds(db: Db, size: number): AsyncGenerator<string[]> {
	let after: string | undefined;
	for (;;) {
		const rows = await db
			.select({ id: postings.id })
			.from(postings)
			.where(and(eq(postings.status, 'published'), after ? gt(postings.id, after) : undefined))
			.orderBy(asc(postings.id))
			.limit(size);
		if (rows.length === 0) return;
		yield rows.map((r) => r.id);
		after = rows[rows.length - 1]!.id;
	}
}

/**
 * Rebuilds every index from PostgreSQL into `<uid>_next`, then swaps it in: searches keep
 * answering from the old index until the swap, which Meilisearch applies atomically. The old
 * index is deleted afterwards. Postings changed while the rebuild ran are marked dirty again, so
 * the sync worker brings the new index up to date with them.
 */
export async function reindex(
	db: Db,
	engine: MeiliSearchEngine,
	opts: { batchSize?: number; onProgress?: ReindexProgress } = {},
): Promise<{ documents: number }> {
	const batchSize = opts.batchSize ?? 2000;
	const client = engine.client;
	let documents = 0;
	for (const def of INDEXES) {
		const live = engine.indexUid(def.uid);
		const next = `${live}_next`;
		// database time: the API server that stamps updatedAt may run on another machine
		const [clock] = await db
			.select({ ms: sql<number>`(extract(epoch from now()) * 1000)::float8` })
			.from(sql`(select 1) as t`);
		const startedAt = new Date(Number(clock!.ms) - 1000);
		const total = await db.$count(postings, eq(postings.status, 'published'));

		const exists = (uid: string) =>
			client
				.getIndex(uid)
				.then(() => true)
				.catch(() => false);
		// a leftover from a rebuild that was interrupted
		if (await exists(next))
			await succeeded(await client.deleteIndex(next).waitTask({ timeout: 60_000 }));
		await succeeded(
			await client.createIndex(next, { primaryKey: def.primaryKey }).waitTask({ timeout: 60_000 }),
		);
		const index = client.index(next);
		await succeeded(await index.updateSettings(def.settings).waitTask({ timeout: 120_000 }));

		let done = 0;
		opts.onProgress?.({ index: live, phase: 'write', done, total });
		// one batch indexing while the next is read from the database
		let pending: Promise<void> | undefined;
		for await (const ids of publishedIds(db, batchSize)) {
			const docs = await def.load(db, ids);
			await pending;
			pending = index
				.addDocuments(docs)
				.waitTask({ timeout: 600_000 })
				.then(succeeded)
				.then(() => {
					done += docs.length;
					opts.onProgress?.({ index: live, phase: 'write', done, total: Math.max(total, done) });
				});
		}
		await pending;
		documents += done;

		const hadLive = await exists(live);
		opts.onProgress?.({ index: live, phase: 'swap', done, total: Math.max(total, done) });
		await succeeded(
			await client
				.swapIndexes([{ indexes: [live, next], rename: !hadLive }])
				.waitTask({ timeout: 120_000 }),
		);
		if (hadLive) await succeeded(await client.deleteIndex(next).waitTask({ timeout: 120_000 }));

		const changed = await db
			.select({ id: postings.id })
			.from(postings)
			.where(gte(postings.updatedAt, startedAt));
		if (changed.length)
			await db.transaction(async (tx) => {
				for (const c of changed) await markDirty(tx as unknown as Db, def.uid, c.id);
			});
	}
	return { documents };
}
