import fp from 'fastify-plugin';
import type { Db } from '@ronghe/db';
import { createSyncWorker, type SearchEngine } from '@ronghe/search';

/** Runs the search outbox worker with the app: starts on ready, stops on close. */
export const searchSyncPlugin = fp<{ db: Db; engine: SearchEngine }>(
	async (app, opts) => {
		const worker = createSyncWorker({ db: opts.db, engine: opts.engine, log: app.log });
		app.addHook('onReady', async () => worker.start());
		app.addHook('onClose', async () => worker.stop());
	},
	{ name: 'search-sync' },
);
