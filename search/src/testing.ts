import type {
	SearchDocument,
	SearchEngine,
	SearchFilter,
	SearchQuery,
	SearchResult,
	SearchSort,
} from './engine.js';

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

function holds(doc: SearchDocument, f: SearchFilter): boolean {
	const values = asList(doc[f.field]);
	switch (f.op) {
		case 'any':
			return f.values.length === 0 || values.some((v) => f.values.includes(v as string));
		case 'all':
			return f.values.every((v) => values.includes(v));
		case 'gte':
			return typeof doc[f.field] === 'number' && (doc[f.field] as number) >= f.value;
		case 'lte':
			return typeof doc[f.field] === 'number' && (doc[f.field] as number) <= f.value;
	}
}

function compare(a: SearchDocument, b: SearchDocument, s: SearchSort): number {
	const key = (d: SearchDocument): number => {
		if ('near' in s) {
			const geo = d._geo as { lat: number; lng: number } | undefined;
			return geo ? (geo.lat - s.near.lat) ** 2 + (geo.lng - s.near.lng) ** 2 : Infinity;
		}
		const v = d[s.field];
		return typeof v === 'number' ? v : s.dir === 'asc' ? Infinity : -Infinity;
	};
	const diff = key(a) - key(b);
	return ('near' in s || s.dir === 'asc' ? diff : -diff) || 0;
}

/**
 * Plain substring matching of every query word in any text field: enough for tests of the
 * API around the engine; ranking, typos and synonyms are Meilisearch's and tested against it.
 */
function searchDocs(docs: SearchDocument[], query: SearchQuery): SearchResult {
	const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
	const text = (d: SearchDocument) =>
		Object.values(d)
			.flatMap(asList)
			.filter((v) => typeof v === 'string')
			.join(' ')
			.toLowerCase();
	const matches = docs
		.filter((d) => query.filters.every((f) => holds(d, f)))
		.filter((d) => words.every((w) => text(d).includes(w)))
		.sort((a, b) => {
			for (const s of query.sort) {
				const c = compare(a, b, s);
				if (c) return c;
			}
			return 0;
		});
	const facets: SearchResult['facets'] = {};
	for (const facet of query.facets) {
		const counts: Record<string, number> = {};
		for (const d of matches)
			for (const v of new Set(asList(d[facet]))) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
		facets[facet] = counts;
	}
	return {
		hits: matches
			.slice(query.offset, query.offset + query.limit)
			.map((d) => ({ id: d.id, highlights: {} })),
		total: matches.length,
		facets,
	};
}

/** In-memory search engine with the same interface; `down = true` simulates an outage. */
export function createFakeSearch() {
	const indexes = new Map<string, Map<string, SearchDocument>>();
	const state = { down: false };
	const fake = {
		kind: 'fake' as const,
		get down() {
			return state.down;
		},
		set down(v: boolean) {
			state.down = v;
		},
		indexes,
		docs(uid: string): SearchDocument[] {
			return [...(indexes.get(uid)?.values() ?? [])];
		},
		async ping() {
			return !state.down;
		},
		async reconcile() {
			if (state.down) throw new Error('fake search is down');
		},
		async upsert(uid: string, docs: SearchDocument[]) {
			if (state.down) throw new Error('fake search is down');
			const index = indexes.get(uid) ?? new Map<string, SearchDocument>();
			for (const d of docs) index.set(d.id, d);
			indexes.set(uid, index);
		},
		async remove(uid: string, ids: string[]) {
			if (state.down) throw new Error('fake search is down');
			for (const id of ids) indexes.get(uid)?.delete(id);
		},
		async search(uid: string, query: SearchQuery) {
			if (state.down) throw new Error('fake search is down');
			return searchDocs([...(indexes.get(uid)?.values() ?? [])], query);
		},
		async close() {},
	} satisfies SearchEngine & Record<string, unknown>;
	return fake;
}
export type FakeSearch = ReturnType<typeof createFakeSearch>;
