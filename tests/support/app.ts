import { afterAll, beforeAll } from 'vitest';
import { buildApp, type App, type AppDeps, type Notifier } from '@ronghe/api/app';
import type { DbHandle, FieldCipher } from '@ronghe/db';
import { createTestCipher } from '@ronghe/db/testing';
import { createFakeSearch, type FakeSearch } from '@ronghe/search/testing';
import { seedReference } from '../fixtures/factories.js';
import { createLaneDb } from './db.js';

/** The API on a test database with the in-memory search engine, driven through `app.inject`. */
export async function createTestApp(
	handle: DbHandle,
	opts: {
		now?: () => Date;
		importLimits?: AppDeps['importLimits'];
		notifiers?: readonly Notifier[];
	} = {},
) {
	const search = createFakeSearch();
	const cipher = createTestCipher();
	const app = await buildApp({
		db: handle.db,
		pingDb: handle.ping,
		search,
		version: '0.0.0-test',
		now: opts.now,
		notifiers: opts.notifiers,
		cipher,
		importLimits: opts.importLimits,
	});
	await app.ready();
	return { app, search, cipher };
}

export type ApiContext = { handle: DbHandle; app: App; search: FakeSearch; cipher: FieldCipher };

/**
 * One lane database and one app for a test file: created in beforeAll (after `prepare` has put
 * in the data the file needs), closed in afterAll. Read the fields inside tests only.
 */
export function useApi(
	opts: {
		now?: () => Date;
		importLimits?: AppDeps['importLimits'];
		notifiers?: readonly Notifier[];
		prepare?: (handle: DbHandle) => Promise<void>;
	} = {},
): ApiContext {
	const ctx = {} as ApiContext;
	beforeAll(async () => {
		ctx.handle = await createLaneDb();
		await seedReference(ctx.handle.db);
		await opts.prepare?.(ctx.handle);
		Object.assign(ctx, await createTestApp(ctx.handle, opts));
	});
	afterAll(async () => {
		await ctx.app.close();
		await ctx.handle.close();
	});
	return ctx;
}
