import { buildApp } from '@ronghe/api/app';
import type { DbHandle } from '@ronghe/db';
import { createFakeSearch } from '@ronghe/search/testing';

/** The API on a test database with the in-memory search engine, driven through `app.inject`. */
export async function createTestApp(handle: DbHandle, opts: { now?: () => Date } = {}) {
	const search = createFakeSearch();
	const app = await buildApp({
		db: handle.db,
		pingDb: handle.ping,
		search,
		version: '0.0.0-test',
		now: opts.now,
	});
	await app.ready();
	return { app, search };
}
