import type { SearchStatus } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	outboxFailures,
	outboxStatus,
	retryFailed,
	type SearchEngine,
	type SyncStats,
} from '@ronghe/search';

type Deps = { db: Db; engine: Pick<SearchEngine, 'ping'>; stats: SyncStats };
export type SearchSyncService = ReturnType<typeof createSearchSyncService>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What staff need to see about the search index sync, and the one repair they can trigger. */
export function createSearchSyncService({ db, engine, stats }: Deps) {
	return {
		/** Filled in by the sync worker of this process (see plugins/search-sync.ts). */
		stats,
		async status(): Promise<SearchStatus> {
			const [counts, failures, engineUp] = await Promise.all([
				outboxStatus(db),
				outboxFailures(db, 50),
				engine.ping().catch(() => false),
			]);
			return {
				engineUp,
				...counts,
				failures: failures.map((f) => ({ ...f, nextAttemptAt: f.nextAttemptAt.toISOString() })),
				lastSuccessAt: iso(stats.lastSuccessAt),
				lastFailureAt: iso(stats.lastFailureAt),
			};
		},
		async retryFailed() {
			return { retried: await retryFailed(db) };
		},
	};
}
