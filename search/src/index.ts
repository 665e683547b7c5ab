export type { SearchDocument, SearchEngine } from './engine.js';
export { createSearch, type MeiliSearchEngine, type SearchConfig } from './client.js';
export { markDirty } from './outbox.js';
export { drainOnce, outboxStatus, safeErrorMessage, type DrainResult } from './sync.js';
export { createSyncWorker, type SyncWorker } from './worker.js';
export { postingsIndex, INDEXES } from './indexes/postings.js';
export {
	freePort,
	MEILI_SHA256,
	MEILI_VERSION,
	NO_BINARY_MESSAGE,
	packagedBinary,
	sha256File,
	startEmbeddedMeilisearch,
} from './launcher.js';
