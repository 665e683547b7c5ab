import { Meilisearch, type Settings } from 'meilisearch';
import { parseMarked, type Highlighted, type SearchDocument, type SearchEngine } from './engine.js';
import { createKeepAliveHttpClient } from './http-client.js';
import { INDEXES } from './indexes/postings.js';
import { startEmbeddedMeilisearch, type EmbeddedMeili } from './launcher.js';
import { toMeiliParams } from './meili-query.js';
import { ensureSearchKey } from './search-key.js';

type Log = {
	info(obj: object, msg: string): void;
	warn(obj: object, msg: string): void;
};

export type SearchConfig = {
	/** URL of a running Meilisearch; when absent the bundled binary is started. */
	meiliUrl?: string | undefined;
	meiliMasterKey?: string | undefined;
	/** Data folder for the embedded server. */
	dataDir: string;
	/** Prefix for index uids, so several test runs can share one server. */
	indexPrefix?: string;
	log: Log;
};

// Settings whose lists are sets: Meilisearch returns them sorted, whatever order they were sent in
const UNORDERED = new Set<string>(['filterableAttributes', 'sortableAttributes', 'synonyms']);

/** A setting as comparable text: object keys sorted, and set-like lists sorted too. */
function canonical(key: string, value: unknown): string {
	const sortLists = UNORDERED.has(key);
	const norm = (v: unknown): unknown => {
		if (Array.isArray(v)) {
			const items = v.map(norm);
			return sortLists ? items.map((i) => JSON.stringify(i)).sort() : items;
		}
		if (v && typeof v === 'object')
			return Object.fromEntries(
				Object.entries(v)
					.sort(([a], [b]) => (a < b ? -1 : 1))
					.map(([k, x]) => [k, norm(x)]),
			);
		return v;
	};
	return JSON.stringify(norm(value));
}

export type MeiliSearchEngine = SearchEngine & {
	readonly client: Meilisearch;
	readonly url: string;
	readonly embedded: boolean;
	indexUid(uid: string): string;
	/** The search-only key queries are sent with (undefined when the server has no master key). */
	searchKey(): Promise<string | undefined>;
};

/**
 * Connects to Meilisearch (MEILI_URL) or starts the bundled one, then reconciles index
 * settings. An external server that is down does not stop the app: search reports `down`.
 */
export async function createSearch(config: SearchConfig): Promise<MeiliSearchEngine> {
	let embedded: EmbeddedMeili | undefined;
	let url = config.meiliUrl;
	let apiKey = config.meiliMasterKey;
	if (!url) {
		embedded = await startEmbeddedMeilisearch({ dataDir: config.dataDir, log: config.log });
		url = embedded.url;
		apiKey = embedded.masterKey;
	}
	const client = new Meilisearch({ host: url, apiKey, timeout: 10_000 });
	const prefix = config.indexPrefix ?? '';
	const indexUid = (uid: string) => prefix + uid;

	// Searches use a search-only key (search-key.ts), fetched once Meilisearch answers; until then
	// a search fails like one against a server that is down, and the caller falls back.
	const httpClient = createKeepAliveHttpClient();
	let searcher: Promise<{ client: Meilisearch; key: string | undefined }> | undefined;
	const searchClient = () =>
		(searcher ??= (async () => {
			const key = apiKey
				? await ensureSearchKey(
						client,
						INDEXES.map((d) => indexUid(d.uid)),
					)
				: undefined;
			// searches go through a keep-alive node:http client (see http-client.ts: ~40 ms less each)
			return {
				client: new Meilisearch({ host: url, apiKey: key, timeout: 10_000, httpClient }),
				key,
			};
		})().catch((err: unknown) => {
			searcher = undefined;
			throw err;
		}));

	let reconciled = false;
	async function reconcile() {
		for (const def of INDEXES) {
			const uid = indexUid(def.uid);
			const existing = await client.getIndex(uid).catch(() => undefined);
			if (!existing) await client.createIndex(uid, { primaryKey: def.primaryKey }).waitTask();
			const index = client.index(uid);
			const current = await index.getSettings();
			const wanted: Settings = def.settings;
			const changed = (Object.keys(wanted) as (keyof Settings)[]).some(
				(k) => canonical(k, current[k]) !== canonical(k, wanted[k]),
			);
			if (changed) {
				config.log.info({ index: uid }, 'updating search index settings');
				await index.updateSettings(wanted).waitTask({ timeout: 60_000 });
			}
		}
		reconciled = true;
	}
	// If Meilisearch was down at start, settle the settings before the first write: otherwise
	// the first upsert would create the index with default (unfilterable, non-Chinese) settings.
	const ensureReconciled = async () => {
		if (!reconciled) await reconcile();
	};

	const engine: MeiliSearchEngine = {
		kind: 'meilisearch',
		client,
		url,
		embedded: Boolean(embedded),
		indexUid,
		searchKey: async () => (await searchClient()).key,
		async ping() {
			return client.isHealthy().catch(() => false);
		},
		reconcile,
		async upsert(uid: string, docs: SearchDocument[]) {
			await ensureReconciled();
			const task = await client
				.index(indexUid(uid))
				.addDocuments(docs)
				.waitTask({ timeout: 120_000 });
			if (task.status !== 'succeeded')
				throw new Error(task.error?.message ?? `索引任务失败：${task.status}`);
		},
		async remove(uid: string, ids: string[]) {
			await ensureReconciled();
			const task = await client
				.index(indexUid(uid))
				.deleteDocuments(ids)
				.waitTask({ timeout: 120_000 });
			if (task.status !== 'succeeded')
				throw new Error(task.error?.message ?? `索引任务失败：${task.status}`);
		},
		async search(uid, query) {
			const signal = AbortSignal.timeout(query.timeoutMs ?? 2500);
			// the key is fetched once; while Meilisearch is away that must not outlast the timeout
			const { client: searching } = await Promise.race([
				searchClient(),
				new Promise<never>((_, reject) =>
					signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
				),
			]);
			const res = await searching
				.index(indexUid(uid))
				.search(query.q, toMeiliParams(query), { signal });
			const wanted = query.highlight?.attributes ?? [];
			return {
				hits: res.hits.map((hit) => {
					const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
					const highlights: Record<string, Highlighted> = {};
					for (const attr of wanted) {
						const value = formatted[attr];
						if (typeof value === 'string') highlights[attr] = parseMarked(value);
					}
					return { id: String(hit.id), highlights };
				}),
				total: (res as { totalHits?: number }).totalHits ?? res.hits.length,
				facets: (res.facetDistribution ?? {}) as Record<string, Record<string, number>>,
			};
		},
		async close() {
			await embedded?.stop();
		},
	};

	try {
		await reconcile();
		await searchClient();
	} catch (err) {
		if (embedded) {
			await embedded.stop();
			throw err;
		}
		config.log.warn({ err }, 'Meilisearch is unreachable; search runs degraded until it returns');
	}
	return engine;
}
