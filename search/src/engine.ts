/** A search document: a flat JSON object with a string `id`. */
export type SearchDocument = { id: string } & Record<string, unknown>;

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
	/** Stops the engine if this process started it. */
	close(): Promise<void>;
};
