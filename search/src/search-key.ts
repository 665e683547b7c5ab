import type { Meilisearch } from 'meilisearch';

/**
 * The key searches are sent with: allowed to search our indexes and nothing else, so a flaw in
 * the query path (or a leaked key from a log line or a heap dump of the request code) cannot
 * write to, delete or reconfigure an index. The master key stays with indexing and settings.
 * Found by name (one per index prefix) and created on first use; a key whose rights differ
 * from what is wanted (an index added since) is replaced, as Meilisearch cannot change them.
 */
export async function ensureSearchKey(admin: Meilisearch, indexUids: string[]): Promise<string> {
	const name = `ronghe-search:${indexUids.join(',')}`;
	const wanted = [...indexUids].sort().join(',');
	const { results } = await admin.getKeys({ limit: 1000 });
	for (const key of results.filter((k) => k.name === name)) {
		const same =
			key.actions.length === 1 &&
			key.actions[0] === 'search' &&
			[...key.indexes].sort().join(',') === wanted &&
			key.expiresAt === null;
		if (same) return key.key;
		await admin.deleteKey(key.uid);
	}
	const created = await admin.createKey({
		name,
		description: '融合就业：只用于搜索（不能写入索引）',
		actions: ['search'],
		indexes: indexUids,
		expiresAt: null,
	});
	return created.key;
}
