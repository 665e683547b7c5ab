export type { SearchDocument, SearchEngine } from './engine.js';
export { createSearch, type MeiliSearchEngine, type SearchConfig } from './client.js';
export { markDirty, markEmployerPostingsDirty } from './outbox.js';
export {
	drainOnce,
	outboxFailures,
	outboxStatus,
	retryFailed,
	safeErrorMessage,
	type DrainResult,
	type OutboxFailure,
} from './sync.js';
export { createSyncStats, createSyncWorker, type SyncStats, type SyncWorker } from './worker.js';
export { reindex, type ReindexProgress } from './reindex.js';
export { checkDrift, formatDriftReport, hasDrift, type DriftReport } from './check.js';
export { postingsIndex, INDEXES } from './indexes/postings.js';
export { synonymsSetting } from './synonyms.js';
export {
	freePort,
	MEILI_SHA256,
	MEILI_VERSION,
	NO_BINARY_MESSAGE,
	packagedBinary,
	sha256File,
	startEmbeddedMeilisearch,
} from './launcher.js';
