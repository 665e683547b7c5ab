import type { Db } from '@ronghe/db';
import type { SearchEngine } from './engine.js';
import { drainOnce } from './sync.js';

type Log = { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };

/** Background loop that drains the outbox; started and stopped with the app. */
export function createSyncWorker(opts: {
	db: Db;
	engine: SearchEngine;
	log: Log;
	intervalMs?: number;
}) {
	const interval = opts.intervalMs ?? 1000;
	let timer: NodeJS.Timeout | undefined;
	let running: Promise<void> | undefined;
	let stopped = true;

	async function tick() {
		try {
			for (;;) {
				const { processed, failed } = await drainOnce(opts.db, opts.engine);
				if (processed) opts.log.info({ processed }, 'search outbox drained');
				if (failed) opts.log.warn({ failed }, 'search outbox rows failed; will retry');
				if (processed === 0 || stopped) break;
			}
		} catch (err) {
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
