import type { SearchDocument, SearchEngine } from './engine.js';

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
		async close() {},
	} satisfies SearchEngine & Record<string, unknown>;
	return fake;
}
export type FakeSearch = ReturnType<typeof createFakeSearch>;
