import http from 'node:http';
import https from 'node:https';

/** What the Meilisearch client's `httpClient` option receives: the arguments of `fetch`. */
type FetchArgs = [input: string | URL | Request, init?: RequestInit];

/** Meilisearch answered with an error status; `code` is its error code (e.g. `index_not_found`). */
export class MeiliHttpError extends Error {
	constructor(
		readonly status: number,
		readonly code: string | undefined,
		message: string,
	) {
		super(message);
		this.name = 'MeiliHttpError';
	}
}

/**
 * A keep-alive HTTP client for search requests. Node 20's built-in `fetch` sends a POST's headers
 * and body in separate packets, and with delayed acknowledgements each search then waits about
 * 40 ms for nothing (measured: 49 ms with `fetch`, 2 ms with `node:http`, for a Meilisearch search
 * that takes 2 ms). One request body is written in one piece here, over reused connections.
 */
export function createKeepAliveHttpClient(): (...args: FetchArgs) => Promise<unknown> {
	const agents = {
		'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
		'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
	};
	return (input, init = {}) =>
		new Promise((resolve, reject) => {
			const url = new URL(input instanceof Request ? input.url : String(input));
			const headers: Record<string, string> = {};
			new Headers(init.headers).forEach((value, key) => (headers[key] = value));
			const body = typeof init.body === 'string' ? init.body : undefined;
			if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
			const secure = url.protocol === 'https:';
			const req = (secure ? https : http).request(
				url,
				{
					method: init.method ?? 'GET',
					headers,
					agent: agents[secure ? 'https:' : 'http:'],
					...(init.signal ? { signal: init.signal } : {}),
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (c: Buffer) => chunks.push(c));
					res.on('error', reject);
					res.on('end', () => {
						const text = Buffer.concat(chunks).toString('utf8');
						let parsed: unknown;
						try {
							parsed = text === '' ? undefined : JSON.parse(text);
						} catch {
							parsed = undefined;
						}
						const status = res.statusCode ?? 0;
						if (status >= 200 && status < 300) return resolve(parsed);
						const err = (parsed ?? {}) as { code?: string; message?: string };
						reject(
							new MeiliHttpError(
								status,
								err.code,
								`Meilisearch ${status}: ${err.message ?? text.slice(0, 200)}`,
							),
						);
					});
				},
			);
			req.on('error', reject);
			req.end(body);
		});
}
