export {
	MARK_END,
	MARK_START,
	parseMarked,
	type Highlighted,
	type SearchDocument,
	type SearchEngine,
	type SearchFilter,
	type SearchHit,
	type SearchQuery,
	type SearchResult,
	type SearchSort,
} from './engine.js';
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
export {
	dayNumber,
	NO_CLOSING_DAY,
	postingsIndex,
	toDocument,
	INDEXES,
} from './indexes/postings.js';
export { SYNONYM_GROUPS, synonymsSetting } from './synonyms.js';
export { LATIN_WORD, pinyinMatches, pinyinTerms } from './pinyin.js';
export {
	freePort,
	MEILI_SHA256,
	MEILI_VERSION,
	NO_BINARY_MESSAGE,
	packagedBinary,
	sha256File,
	startEmbeddedMeilisearch,
} from './launcher.js';
