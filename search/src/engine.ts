/** A search document: a flat JSON object with a string `id`. */
export type SearchDocument = { id: string } & Record<string, unknown>;

/**
 * One condition of a search filter. Field names come from code, values from users: engines
 * must quote values themselves (never splice user text into a filter expression).
 * `any`: the field (or one of its array items) equals one of the values; `all`: an array field
 * holds every value; `gte`/`lte`: numeric bounds.
 */
export type SearchFilter =
	| { field: string; op: 'any' | 'all'; values: readonly (string | number)[] }
	| { field: string; op: 'gte' | 'lte'; value: number };

export type SearchSort =
	{ field: string; dir: 'asc' | 'desc' } | { near: { lat: number; lng: number } };

export type SearchQuery = {
	q: string;
	filters: readonly SearchFilter[];
	sort: readonly SearchSort[];
	facets: readonly string[];
	offset: number;
	limit: number;
	/** Attributes returned with matches marked; `crop` shortens those to about `cropLength` words. */
	highlight?: { attributes: readonly string[]; crop?: readonly string[]; cropLength?: number };
	/** Give up after this long, so a hung engine never holds a request (default 2500 ms). */
	timeoutMs?: number;
};

/** Highlighted text: plain text plus [start, end) UTF-16 offsets of the matched parts. */
export type Highlighted = { text: string; marks: [number, number][] };

export type SearchHit = { id: string; highlights: Record<string, Highlighted> };

export type SearchResult = {
	hits: SearchHit[];
	total: number;
	/** facet → value → number of matching documents */
	facets: Record<string, Record<string, number>>;
};

/** What the rest of the platform needs from a search engine; Meilisearch or the in-memory fake. */
export type SearchEngine = {
	readonly kind: 'meilisearch' | 'fake';
	/** True when the engine answers its health check. */
	ping(): Promise<boolean>;
	/** Creates missing indexes and brings their settings in line with the code. */
	reconcile(): Promise<void>;
	/** Adds or replaces documents and waits until they are searchable. */
	upsert(uid: string, docs: SearchDocument[]): Promise<void>;
	/** Removes documents by id and waits until the removal is applied. */
	remove(uid: string, ids: string[]): Promise<void>;
	/** Runs a query; rejects when the engine is unreachable, slow or answers with an error. */
	search(uid: string, query: SearchQuery): Promise<SearchResult>;
	/** Stops the engine if this process started it. */
	close(): Promise<void>;
};

// Private-use characters as highlight tags: they never occur in posting text, so the marked
// text can be split into plain text and ranges without any HTML in between.
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** Turns text marked with MARK_START/MARK_END into plain text and ranges. */
export function parseMarked(marked: string): Highlighted {
	let text = '';
	const marks: [number, number][] = [];
	let open = -1;
	for (const ch of marked) {
		if (ch === MARK_START) open = text.length;
		else if (ch === MARK_END) {
			if (open >= 0 && text.length > open) marks.push([open, text.length]);
			open = -1;
		} else text += ch;
	}
	return { text, marks };
}
