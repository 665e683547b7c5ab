import type { Db } from '@ronghe/db';
import type { SearchEngine } from './engine.js';
import { drainOnce } from './sync.js';

type Log = { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };

/** What this process's worker has seen; shown on the staff status page. */
export type SyncStats = {
	/** The last drain that ended with nothing failed (an empty outbox counts). */
	lastSuccessAt: Date | null;
	lastFailureAt: Date | null;
	/** Rows applied since the process started. */
	processedTotal: number;
};

export function createSyncStats(): SyncStats {
	return { lastSuccessAt: null, lastFailureAt: null, processedTotal: 0 };
}

/** Background loop that drains the outbox; started and stopped with the app. */
export function createSyncWorker(opts: {
	db: Db;
	engine: SearchEngine;
	log: Log;
	intervalMs?: number;
	/** Filled in as the worker drains; pass one in to read it from elsewhere. */
	stats?: SyncStats;
}) {
	const stats = opts.stats ?? createSyncStats();
	const interval = opts.intervalMs ?? 1000;
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> | undefined;
	let stopped = true;

	async function tick() {
		try {
			for (;;) {
				const { processed, failed } = await drainOnce(opts.db, opts.engine);
				stats.processedTotal += processed;
				if (processed) opts.log.info({ processed }, 'search outbox drained');
				if (failed) {
					stats.lastFailureAt = new Date();
					opts.log.warn({ failed }, 'search outbox rows failed; will retry');
				} else stats.lastSuccessAt = new Date();
				if (processed === 0 || stopped) break;
			}
		} catch (err) {
			stats.lastFailureAt = new Date();
			opts.log.warn({ err }, 'search outbox drain failed');
		}
	}

	function schedule() {
		if (stopped) return;
		timer = setTimeout(() => {
			running = tick().finally(() => {
				running = undefined;
				schedule();
			});
		}, interval);
	}

	return {
		stats,
		start() {
			if (!stopped) return;
			stopped = false;
			running = tick().finally(() => {
				running = undefined;
				schedule();
			});
		},
		/** Runs a drain now and resolves when the outbox is empty (tests and CLI). */
		async flush() {
			while (running) await running;
			running = tick();
			try {
				await running;
			} finally {
				running = undefined;
			}
		},
		async stop() {
			stopped = true;
			if (timer) clearTimeout(timer);
			if (running) await running;
		},
	};
}
export type SyncWorker = ReturnType<typeof createSyncWorker>;
