import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** One server-sent events frame, encoded once: the same bytes go to every stream. */
export function sseFrame(event: string, data: string, id?: string): Buffer {
	return Buffer.from(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${data}\n\n`);
}

const HEARTBEAT = Buffer.from(': ping\n\n');

export type SseStream = {
	/**
	 * Writes a frame. With a `slot`, a frame the client has not taken yet (its socket is full)
	 * is replaced by the newer one of the same slot instead of queueing behind it: a slow
	 * viewer gets the latest counters, not every one in between.
	 */
	send(frame: Buffer, slot?: string): void;
	/** Answers 200 with the stream's headers and sends what was sent before. */
	start(): void;
	/** Ends the stream from this side. */
	end(): void;
	onClose(fn: () => void): void;
	readonly closed: boolean;
};

export type SseStreams = ReturnType<typeof createSseStreams>;

/**
 * The open event streams of this process: one heartbeat timer for all of them, and a way to end
 * them all when the server closes (an open stream would otherwise hold `close()` for ever).
 */
export function createSseStreams({
	heartbeatMs,
	retryMs,
}: {
	heartbeatMs: number;
	retryMs: number;
}) {
	const open = new Set<SseStream>();
	const ends = new Set<() => void>();
	const tick = setInterval(() => {
		for (const s of open) s.send(HEARTBEAT, 'heartbeat');
	}, heartbeatMs);
	tick.unref();

	/**
	 * A stream for this request, not answered yet: the route may still fail with a problem
	 * (404, 409) until it calls start(); frames sent before that wait.
	 */
	function prepare(req: FastifyRequest, reply: FastifyReply): SseStream {
		const res = reply.raw;
		const early: Buffer[] = [];
		const pending = new Map<string, Buffer>();
		const closers: (() => void)[] = [];
		let started = false;
		let closed = false;

		const write = (frame: Buffer) => {
			res.write(frame);
		};
		const close = () => {
			if (closed) return;
			closed = true;
			open.delete(stream);
			ends.delete(end);
			for (const fn of closers.splice(0)) fn();
		};
		// A stream has no natural end: closing the connection is the message (the browser
		// reconnects). Destroyed rather than ended, so the app's onResponse hooks do not report a
		// minutes-long "slow request" for each stream.
		const end = () => {
			res.destroy();
			close();
		};

		const stream: SseStream = {
			get closed() {
				return closed;
			},
			send(frame, slot) {
				if (closed) return;
				if (!started) return void early.push(frame);
				if (res.writableNeedDrain) {
					if (slot) pending.set(slot, frame);
					else write(frame); // never dropped (chat messages): Node keeps it queued
					return;
				}
				write(frame);
			},
			start() {
				if (started) return;
				started = true;
				reply.hijack();
				// onSend hooks do not run for a hijacked reply: take the headers set so far (helmet's)
				// and set the rest here. Nothing compresses or buffers the stream (compression is an
				// onSend hook), and `no-transform` keeps proxies from doing it.
				const set = Object.entries(reply.getHeaders()).filter(([, v]) => v !== undefined);
				res.writeHead(200, {
					...(Object.fromEntries(set) as OutgoingHttpHeaders),
					'content-type': 'text/event-stream; charset=utf-8',
					'cache-control': 'no-store, no-transform',
					'x-request-id': req.id,
					// nginx and the like would otherwise hold the frames back
					'x-accel-buffering': 'no',
				});
				res.write(`retry: ${retryMs}\n\n`);
				for (const f of early.splice(0)) write(f);
				res.on('drain', () => {
					for (const [slot, f] of pending) {
						pending.delete(slot);
						write(f);
						if (res.writableNeedDrain) break;
					}
				});
				open.add(stream);
				ends.add(end);
				if (res.destroyed) close();
			},
			end,
			onClose(fn) {
				if (closed) fn();
				else closers.push(fn);
			},
		};
		// the client went away (tab closed, network lost) or the server ended the stream
		res.once('close', close);
		return stream;
	}

	return {
		prepare,
		/** How many streams are open in this process. */
		get size() {
			return open.size;
		},
		/** Ends every open stream (the server is closing; browsers reconnect to another). */
		endAll() {
			for (const end of [...ends]) end();
		},
		stop() {
			clearInterval(tick);
		},
	};
}
