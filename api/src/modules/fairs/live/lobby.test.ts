import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FairCounters } from '@ronghe/contracts';
import { NotFoundError } from '../../../errors.js';
import { createDoorbell, FAIR_CHANNEL, type Listen } from './doorbell.js';
import { createLobby } from './lobby.js';
import type { SseStream } from './sse.js';

/** A LISTEN that records its channels and lets the test ring them. */
function fakeListen() {
	const handlers = new Map<string, { ring: (p: string) => void; relisten?: () => void }>();
	let made = 0;
	const listen: Listen = async (channel, onPayload, onListen) => {
		made += 1;
		handlers.set(channel, { ring: onPayload, relisten: onListen });
		onListen?.();
		return async () => void handlers.delete(channel);
	};
	return {
		listen,
		made: () => made,
		ring: (channel: string, key: string) => handlers.get(channel)?.ring(key),
		reconnect: (channel: string) => handlers.get(channel)?.relisten?.(),
		listening: (channel: string) => handlers.has(channel),
	};
}

const viewer = () => {
	const got: Buffer[] = [];
	const stream: SseStream = {
		send: (frame) => void got.push(frame),
		start: () => {},
		end: vi.fn(),
		onClose: () => {},
		closed: false,
	};
	return { stream, got };
};

const snapshot = (registered: number): FairCounters => ({
	seekersOnline: 0,
	registered,
	boothsOpen: 1,
	applications: 0,
	chatsWaiting: 0,
	chatsOpen: 0,
	interviewsBooked: 0,
	intentions: 0,
	at: new Date().toISOString(),
});

describe('doorbell', () => {
	it('listens once per channel and rings only the subscribers of the key', async () => {
		const db = fakeListen();
		const bell = createDoorbell({ listen: db.listen });
		const a = vi.fn();
		const b = vi.fn();
		await bell.subscribe(FAIR_CHANNEL, 'fair-a', a);
		const stopB = await bell.subscribe(FAIR_CHANNEL, 'fair-b', b);
		await bell.subscribe(FAIR_CHANNEL, 'fair-a', a);
		expect(db.made()).toBe(1);
		db.ring(FAIR_CHANNEL, 'fair-a');
		expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 0]);
		stopB();
		db.ring(FAIR_CHANNEL, 'fair-b');
		expect(b).not.toHaveBeenCalled();
		// after a lost connection, notifications may be gone: everyone reads again
		db.reconnect(FAIR_CHANNEL);
		expect(a).toHaveBeenCalledTimes(2);
		await bell.close();
		expect(db.listening(FAIR_CHANNEL)).toBe(false);
	});

	describe('without LISTEN', () => {
		beforeEach(() => vi.useFakeTimers());
		afterEach(() => vi.useRealTimers());

		it('rings every subscriber once a second', async () => {
			const bell = createDoorbell({ pollMs: 1000 });
			const fn = vi.fn();
			await bell.subscribe(FAIR_CHANNEL, 'fair-a', fn);
			expect(await bell.live(FAIR_CHANNEL)).toBe(false);
			await vi.advanceTimersByTimeAsync(3100);
			expect(fn).toHaveBeenCalledTimes(3);
			await bell.close();
		});

		it('falls back to polling when the LISTEN fails', async () => {
			const errors: unknown[] = [];
			const bell = createDoorbell({
				listen: () => Promise.reject(new Error('no listen')),
				onError: (e) => errors.push(e),
			});
			const fn = vi.fn();
			await bell.subscribe(FAIR_CHANNEL, 'fair-a', fn);
			await vi.advanceTimersByTimeAsync(1000);
			expect([errors.length, fn.mock.calls.length]).toEqual([1, 1]);
			await bell.close();
		});
	});
});

describe('lobby', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('reads the counters a few times a second under a storm of rings, whatever the viewers', async () => {
		const db = fakeListen();
		let registered = 0;
		const counters = vi.fn(async () => snapshot(registered));
		const lobby = createLobby({ doorbell: createDoorbell({ listen: db.listen }), counters });
		const viewers = Array.from({ length: 50 }, viewer);
		for (const v of viewers) await lobby.join('fair-a', v.stream);
		expect(counters).toHaveBeenCalledTimes(1);
		// 100 submissions a second for two seconds, each ringing the fair
		for (let i = 0; i < 200; i++) {
			registered += 1;
			db.ring(FAIR_CHANNEL, 'fair-a');
			await vi.advanceTimersByTimeAsync(10);
		}
		await vi.advanceTimersByTimeAsync(500);
		expect(counters.mock.calls.length).toBeGreaterThan(5);
		expect(counters.mock.calls.length).toBeLessThanOrEqual(13);
		// every viewer ends with the last figure, and all share the same frame objects
		const last = viewers[0]!.got.at(-1)!;
		expect(last.toString()).toContain('"registered":200');
		for (const v of viewers) expect(v.got.at(-1)).toBe(last);
	});

	it('sends nothing when a ring changes no figure', async () => {
		const db = fakeListen();
		const lobby = createLobby({
			doorbell: createDoorbell({ listen: db.listen }),
			counters: async () => snapshot(1),
		});
		const v = viewer();
		await lobby.join('fair-a', v.stream);
		db.ring(FAIR_CHANNEL, 'fair-a');
		await vi.advanceTimersByTimeAsync(500);
		expect(v.got).toHaveLength(1);
	});

	it('refuses a draft fair and keeps nothing of it; lets go of a fair nobody watches', async () => {
		const db = fakeListen();
		const lobby = createLobby({
			doorbell: createDoorbell({ listen: db.listen }),
			counters: async (id) => {
				if (id === 'draft') throw new NotFoundError('fair', id);
				return snapshot(0);
			},
		});
		await expect(lobby.join('draft', viewer().stream)).rejects.toBeInstanceOf(NotFoundError);
		expect(lobby.stats()).toEqual({ fairs: 0, viewers: 0 });
		const leave = await lobby.join('fair-a', viewer().stream);
		expect(lobby.stats()).toEqual({ fairs: 1, viewers: 1 });
		leave();
		expect(lobby.stats()).toEqual({ fairs: 0, viewers: 0 });
	});

	it('ends the streams of a fair taken back to draft', async () => {
		const db = fakeListen();
		let draft = false;
		const lobby = createLobby({
			doorbell: createDoorbell({ listen: db.listen }),
			counters: async (id) => {
				if (draft) throw new NotFoundError('fair', id);
				return snapshot(0);
			},
		});
		const v = viewer();
		await lobby.join('fair-a', v.stream);
		draft = true;
		db.ring(FAIR_CHANNEL, 'fair-a');
		await vi.advanceTimersByTimeAsync(300);
		expect(v.stream.end).toHaveBeenCalled();
	});
});
