import type { FairCounters } from '@ronghe/contracts';
import { NotFoundError } from '../../../errors.js';
import { FAIR_CHANNEL, type Doorbell } from './doorbell.js';
import { sseFrame, type SseStream } from './sse.js';

type Deps = {
	doorbell: Doorbell;
	/** Reads a fair's counters back from the tables; NotFoundError for a draft or missing fair. */
	counters: (fairId: string) => Promise<FairCounters>;
	/** Two reads of one fair's counters start at least this far apart (default 200 ms). */
	gapMs?: number;
	/**
	 * Read again this often without a ring (default 15 s): "seekers online" also falls when
	 * nobody writes, as registrations age out of its window.
	 */
	refreshMs?: number;
	onError?: (err: unknown) => void;
};
export type Lobby = ReturnType<typeof createLobby>;

type Hub = {
	fairId: string;
	viewers: Set<SseStream>;
	/** The latest snapshot as one SSE frame, shared by every viewer of the fair. */
	frame?: Buffer;
	/** The counters without their time: a new frame is broadcast only when this changes. */
	key: string;
	ready: Promise<void>;
	joining: number;
	lastRead: number;
	reading: boolean;
	dirty: boolean;
	timer?: NodeJS.Timeout;
	refresh?: NodeJS.Timeout;
	unsubscribe?: () => void;
	gone: boolean;
};

/**
 * The fair lobby's live counters. Per fair with viewers in this process: one doorbell
 * subscription, and one read of the counters per burst of rings — the first ring after a quiet
 * spell reads at once, later ones fold into one read at most every `gapMs`, and a ring during a
 * read makes one more read after it. So 100 submissions a second cost about five reads a
 * second whatever the number of viewers, and each change reaches them within a read or two.
 */
export function createLobby({
	doorbell,
	counters,
	gapMs = 200,
	refreshMs = 15_000,
	onError = () => {},
}: Deps) {
	const hubs = new Map<string, Hub>();

	function ring(hub: Hub) {
		if (hub.gone || hub.timer) return;
		if (hub.reading) {
			hub.dirty = true;
			return;
		}
		const wait = Math.max(0, hub.lastRead + gapMs - Date.now());
		hub.timer = setTimeout(() => {
			hub.timer = undefined;
			void read(hub).catch(onError);
		}, wait);
	}

	async function read(hub: Hub) {
		hub.reading = true;
		hub.dirty = false;
		hub.lastRead = Date.now();
		try {
			const c = await counters(hub.fairId);
			const { at: _at, ...figures } = c;
			const key = JSON.stringify(figures);
			hub.frame = sseFrame('counters', JSON.stringify(c));
			if (key !== hub.key) {
				hub.key = key;
				for (const v of hub.viewers) v.send(hub.frame, 'counters');
			}
		} catch (err) {
			// taken back to draft (or deleted) while viewers watched: their streams end, and the
			// browser's reconnect gets the 404
			if (!(err instanceof NotFoundError) || !hub.frame) throw err;
			for (const v of [...hub.viewers]) v.end();
		} finally {
			hub.reading = false;
			if (hub.dirty) ring(hub);
		}
	}

	function open(fairId: string): Hub {
		const hub: Hub = {
			fairId,
			viewers: new Set(),
			key: '',
			ready: Promise.resolve(),
			joining: 0,
			lastRead: 0,
			reading: false,
			dirty: false,
			gone: false,
		};
		hubs.set(fairId, hub);
		hub.ready = (async () => {
			// subscribed before the first read, so no change between the two goes unseen
			hub.unsubscribe = await doorbell.subscribe(FAIR_CHANNEL, fairId, () => ring(hub));
			await read(hub);
			hub.refresh = setInterval(() => ring(hub), refreshMs);
			hub.refresh.unref();
		})();
		// the failure reaches the joiners through `ready`; the hub is dropped once they are done
		hub.ready.catch(() => {});
		return hub;
	}

	function close(hub: Hub) {
		if (hub.gone || hub.viewers.size || hub.joining) return;
		hub.gone = true;
		hubs.delete(hub.fairId);
		clearTimeout(hub.timer);
		clearInterval(hub.refresh);
		hub.unsubscribe?.();
	}

	return {
		/**
		 * Adds a viewer to the fair's lobby and sends it the current snapshot. Throws
		 * NotFoundError (before anything is sent) for a draft or missing fair. Returns `leave`.
		 */
		async join(fairId: string, viewer: SseStream): Promise<() => void> {
			let hub = hubs.get(fairId);
			if (!hub || hub.gone) hub = open(fairId);
			const h = hub;
			h.joining += 1;
			try {
				await h.ready;
			} catch (err) {
				h.joining -= 1;
				close(h);
				throw err;
			}
			h.joining -= 1;
			if (h.gone || !h.frame) {
				close(h);
				throw new NotFoundError('fair', fairId);
			}
			h.viewers.add(viewer);
			viewer.send(h.frame, 'counters');
			return () => {
				h.viewers.delete(viewer);
				close(h);
			};
		},
		/** Fairs and viewers watched in this process (for tests and the benchmark). */
		stats() {
			let viewers = 0;
			for (const h of hubs.values()) viewers += h.viewers.size;
			return { fairs: hubs.size, viewers };
		},
		close() {
			for (const h of [...hubs.values()]) {
				h.viewers.clear();
				h.joining = 0;
				close(h);
			}
		},
	};
}

/**
 * Keeps a seeker counted online while their lobby stream is open: `seen` now and every
 * `everyMs` (well inside the two-minute window). Returns `stop`.
 */
export function keepSeen(
	seen: () => Promise<void>,
	everyMs: number,
	onError: (err: unknown) => void,
): () => void {
	const beat = () => void seen().catch(onError);
	beat();
	const timer = setInterval(beat, everyMs);
	timer.unref();
	return () => clearInterval(timer);
}
