import { createHash } from 'node:crypto';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { postings } from '@ronghe/db/schema';
import type { MeiliSearchEngine } from './client.js';
import type { SearchDocument } from './engine.js';
import { INDEXES } from './indexes/postings.js';
import { outboxStatus } from './sync.js';

/** Differences between the database and one index; empty lists mean no drift. */
export type DriftReport = {
	index: string;
	expected: number;
	indexed: number;
	/** Published in the database, absent from the index. */
	missing: string[];
	/** In both, but the indexed document is not what the database gives now. */
	stale: string[];
	/** In the index, but not (or no longer) published. */
	extra: string[];
	/** Changes still waiting in the outbox: drift they explain disappears once the worker runs. */
	pendingOutbox: number;
};

/** Key order and `undefined` must not count as differences, so documents are hashed canonically. */
function canonical(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value as Record<string, unknown>)
				.filter(([, v]) => v !== undefined)
				.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				.map(([k, v]) => [k, canonical(v)]),
		);
	return value;
}

function digest(doc: SearchDocument): string {
	return createHash('sha1')
		.update(JSON.stringify(canonical(doc)))
		.digest('base64');
}

/**
 * Compares what the database would index now with what the index holds, document by document.
 * Only digests are kept in memory, so this works at the scale of a province.
 */
export async function checkDrift(
	db: Db,
	engine: MeiliSearchEngine,
	opts: { batchSize?: number } = {},
): Promise<DriftReport[]> {
	const size = opts.batchSize ?? 1000;
	const reports: DriftReport[] = [];
	for (const def of INDEXES) {
		const uid = engine.indexUid(def.uid);
		const want = new Map<string, string>();
		let after: string | undefined;
		for (;;) {
			const ids = await db
				.select({ id: postings.id })
				.from(postings)
				.where(and(eq(postings.status, 'published'), after ? gt(postings.id, after) : undefined))
				.orderBy(asc(postings.id))
				.limit(size);
			if (ids.length === 0) break;
			after = ids[ids.length - 1]!.id;
			for (const doc of await def.load(
				db,
				ids.map((r) => r.id),
			))
				want.set(doc.id, digest(doc));
		}

		const have = new Map<string, string>();
		const index = engine.client.index(uid);
		for (let offset = 0; ; offset += size) {
			const page = await index
				.getDocuments<SearchDocument>({ offset, limit: size })
				.catch((err: unknown) => {
					// no index at all: every published posting is missing
					if ((err as { cause?: { code?: string } }).cause?.code === 'index_not_found')
						return { results: [] as SearchDocument[] };
					throw err;
				});
			for (const doc of page.results) have.set(String(doc.id), digest(doc));
			if (page.results.length < size) break;
		}

		const report: DriftReport = {
			index: uid,
			expected: want.size,
			indexed: have.size,
			missing: [],
			stale: [],
			extra: [],
			pendingOutbox: (await outboxStatus(db)).pending,
		};
		for (const [id, hash] of want) {
			const got = have.get(id);
			if (got === undefined) report.missing.push(id);
			else if (got !== hash) report.stale.push(id);
		}
		for (const id of have.keys()) if (!want.has(id)) report.extra.push(id);
		reports.push(report);
	}
	return reports;
}

/** True when a report shows any drift. */
export const hasDrift = (r: DriftReport) => r.missing.length + r.stale.length + r.extra.length > 0;

const SHOWN = 50;

function list(title: string, ids: string[]): string[] {
	if (ids.length === 0) return [];
	const more = ids.length > SHOWN ? [`    ……另有 ${ids.length - SHOWN} 个`] : [];
	return [
		`  ${title}（${ids.length}）：`,
		...ids.slice(0, SHOWN).map((id) => `    ${id}`),
		...more,
	];
}

/** The report in plain Chinese, ids listed (up to 50 of each kind). */
export function formatDriftReport(r: DriftReport): string {
	const head = `索引 ${r.index}：数据库应有 ${r.expected} 个文档，索引里有 ${r.indexed} 个。`;
	if (!hasDrift(r)) return `${head}没有差异。`;
	return [
		head,
		...list('索引里缺少', r.missing),
		...list('内容过时', r.stale),
		...list('索引里多出（已不再发布）', r.extra),
		r.pendingOutbox
			? `  同步队列里还有 ${r.pendingOutbox} 项等待处理：服务运行时同步完成后，部分差异会自动消失。`
			: '  修复：运行 pnpm search:reindex 重建索引。',
	].join('\n');
}
