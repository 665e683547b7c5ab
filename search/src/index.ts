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
export { markDirty } from './outbox.js';
export { drainOnce, outboxStatus, safeErrorMessage, type DrainResult } from './sync.js';
export { createSyncWorker, type SyncWorker } from './worker.js';
export {
	dayNumber,
	NO_CLOSING_DAY,
	postingsIndex,
	toDocument,
	INDEXES,
} from './indexes/postings.js';
export { SYNONYM_GROUPS } from './synonyms.js';
export {
	freePort,
	MEILI_SHA256,
	MEILI_VERSION,
	NO_BINARY_MESSAGE,
	packagedBinary,
	sha256File,
	startEmbeddedMeilisearch,
} from './launcher.js';
