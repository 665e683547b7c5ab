/** One server-sent event as a client reads it, with the time it arrived (performance.now()). */
export type SseEvent = { event: string; data: string; id?: string; at: number };

export type SseClient = {
	status: number;
	headers: Headers;
	/** Every event so far, in order. */
	events: SseEvent[];
	/** Comment lines (heartbeats) and the retry field seen so far. */
	comments: number;
	retry?: number;
	/**
	 * The next event after the last one `next` returned that matches `pred`, waiting up to
	 * `timeoutMs` for it.
	 */
	next(pred?: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
	close(): void;
	/** Resolves when the server ends the stream. */
	ended: Promise<void>;
};

/**
 * Opens an event stream with fetch and parses it as EventSource does (event, data, id, retry,
 * comments). A non-200 answer is returned with its status and no events.
 */
export async function openSse(
	url: string,
	headers: Record<string, string> = {},
): Promise<SseClient> {
	const abort = new AbortController();
	const res = await fetch(url, {
		headers: { accept: 'text/event-stream', ...headers },
		signal: abort.signal,
	});
	const waiters = new Set<() => void>();
	let cursor = 0;
	let endedResolve = () => {};
	const client: SseClient = {
		status: res.status,
		headers: res.headers,
		events: [],
		comments: 0,
		async next(pred = () => true, timeoutMs = 5000) {
			const deadline = performance.now() + timeoutMs;
			for (;;) {
				while (cursor < client.events.length) {
					const e = client.events[cursor++]!;
					if (pred(e)) return e;
				}
				const left = deadline - performance.now();
				if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms`);
				await new Promise<void>((resolve) => {
					const t = setTimeout(done, left);
					function done() {
						clearTimeout(t);
						waiters.delete(done);
						resolve();
					}
					waiters.add(done);
				});
			}
		},
		close: () => abort.abort(),
		ended: new Promise<void>((r) => (endedResolve = r)),
	};
	if (res.status !== 200 || !res.body) {
		await res.text().catch(() => '');
		endedResolve();
		return client;
	}
	void (async () => {
		const decoder = new TextDecoder();
		let buffer = '';
		try {
			for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
				buffer += decoder.decode(chunk, { stream: true });
				let cut: number;
				while ((cut = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, cut);
					buffer = buffer.slice(cut + 2);
					const e: SseEvent = { event: 'message', data: '', at: performance.now() };
					let hasData = false;
					for (const line of block.split('\n')) {
						if (line.startsWith(':')) client.comments += 1;
						else if (line.startsWith('retry: ')) client.retry = Number(line.slice(7));
						else if (line.startsWith('event: ')) e.event = line.slice(7);
						else if (line.startsWith('id: ')) e.id = line.slice(4);
						else if (line.startsWith('data: ')) {
							e.data += (hasData ? '\n' : '') + line.slice(6);
							hasData = true;
						}
					}
					if (hasData) client.events.push(e);
				}
				for (const w of [...waiters]) w();
			}
		} catch {
			// aborted by close(), or the connection dropped
		}
		endedResolve();
		for (const w of [...waiters]) w();
	})();
	return client;
}
