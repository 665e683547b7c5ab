import type { DbHandle } from '@ronghe/db';

/** The database's LISTEN (db/src/client.ts); absent on a handle that cannot listen. */
export type Listen = DbHandle['listen'];

/** The channels migration 0022's triggers ring: a fair's id, and a chat's queue entry id. */
export const FAIR_CHANNEL = 'ronghe_fair';
export const CHAT_CHANNEL = 'ronghe_fair_chat';

type Deps = {
	listen?: Listen | undefined;
	/** Without LISTEN every subscriber is rung this often instead (default 1 s). */
	pollMs?: number;
	onError?: (err: unknown) => void;
};
export type Doorbell = ReturnType<typeof createDoorbell>;

type Channel = {
	keys: Map<string, Set<() => void>>;
	/** The LISTEN, made once per process on the first subscription and kept until close. */
	listening: Promise<boolean>;
	stop?: () => Promise<void>;
};

/**
 * The fair doorbell: one LISTEN per channel in this process, whatever the number of viewers.
 * A notification carries only a key (a fair id, a queue entry id) and is fanned out to the
 * subscribers of that key, who read what changed back from the tables themselves. A ring says
 * "something changed after you last looked"; several rings may fold into one, none is a datum.
 * When the handle cannot listen (or the LISTEN fails), every subscriber is rung once a second:
 * slower, but nothing is missed, since a ring only makes them read again.
 */
export function createDoorbell({ listen, pollMs = 1000, onError = () => {} }: Deps) {
	const channels = new Map<string, Channel>();
	let poll: NodeJS.Timeout | undefined;
	let closed = false;

	const ringKey = (c: Channel, key: string) => {
		for (const fn of c.keys.get(key) ?? []) call(fn);
	};
	const ringAll = (c: Channel) => {
		for (const fns of c.keys.values()) for (const fn of fns) call(fn);
	};
	function call(fn: () => void) {
		try {
			fn();
		} catch (err) {
			onError(err);
		}
	}

	function startPolling() {
		if (poll || closed) return;
		poll = setInterval(() => {
			for (const c of channels.values()) ringAll(c);
		}, pollMs);
		poll.unref();
	}

	function channelOf(name: string): Channel {
		const known = channels.get(name);
		if (known) return known;
		const made: Channel = { keys: new Map(), listening: Promise.resolve(false) };
		channels.set(name, made);
		if (!listen) {
			startPolling();
			return made;
		}
		let first = true;
		made.listening = listen(
			name,
			(key) => ringKey(made, key),
			// after a reconnect notifications may have been lost: everyone reads again
			() => {
				if (!first) ringAll(made);
				first = false;
			},
		).then(
			(stop) => {
				made.stop = stop;
				return true;
			},
			(err: unknown) => {
				onError(err);
				startPolling();
				return false;
			},
		);
		return made;
	}

	return {
		/**
		 * Rings `fn` whenever `key` rings on `channel`. Resolves once the LISTEN is in place, so a
		 * read made after it cannot miss a change (a change after the read rings).
		 */
		async subscribe(channel: string, key: string, fn: () => void): Promise<() => void> {
			const c = channelOf(channel);
			const set = c.keys.get(key) ?? new Set();
			c.keys.set(key, set);
			set.add(fn);
			await c.listening;
			return () => {
				set.delete(fn);
				if (!set.size && c.keys.get(key) === set) c.keys.delete(key);
			};
		},
		/** Whether changes arrive by LISTEN (false: by polling). */
		async live(channel: string): Promise<boolean> {
			return channelOf(channel).listening;
		},
		async close() {
			closed = true;
			if (poll) clearInterval(poll);
			const all = [...channels.values()];
			channels.clear();
			await Promise.all(
				all.map(async (c) => {
					await c.listening;
					await c.stop?.().catch(onError);
				}),
			);
		},
	};
}
