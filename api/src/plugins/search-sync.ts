import fp from 'fastify-plugin';
import type { Db } from '@ronghe/db';
import { createSyncWorker, type SearchEngine, type SyncStats } from '@ronghe/search';

/** Runs the search outbox worker with the app: starts on ready, stops on close. */
export const searchSyncPlugin = fp<{ db: Db; engine: SearchEngine; stats?: SyncStats }>(
	async (app, opts) => {
		const worker = createSyncWorker({
			db: opts.db,
			engine: opts.engine,
			log: app.log,
			stats: opts.stats,
		});
		app.addHook('onReady', async () => worker.start());
		app.addHook('onClose', async () => worker.stop());
	},
	{ name: 'search-sync' },
);
