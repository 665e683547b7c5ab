import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeepAliveHttpClient, MeiliHttpError } from './http-client.js';

describe('the keep-alive search client', () => {
	let server: Server;
	let base = '';
	const seen: { method?: string; body: string; auth?: string }[] = [];
	beforeAll(async () => {
		server = createServer((req, res) => {
			let body = '';
			req.on('data', (c: Buffer) => (body += c.toString()));
			req.on('end', () => {
				seen.push({ method: req.method, body, auth: req.headers.authorization });
				if (req.url === '/missing') {
					res.writeHead(404, { 'content-type': 'application/json' });
					return res.end(JSON.stringify({ code: 'index_not_found', message: '没有这个索引' }));
				}
				if (req.url === '/slow') return setTimeout(() => res.end('{}'), 2000);
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ echo: JSON.parse(body || 'null'), hits: [] }));
			});
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise((r) => server.close(r)));

	const client = createKeepAliveHttpClient();

	it('sends the JSON body and headers and returns the parsed answer', async () => {
		const res = await client(`${base}/indexes/postings/search`, {
			method: 'POST',
			headers: { authorization: 'Bearer k', 'content-type': 'application/json' },
			body: JSON.stringify({ q: '按摩' }),
		});
		expect(res).toEqual({ echo: { q: '按摩' }, hits: [] });
		expect(seen.at(-1)).toMatchObject({ method: 'POST', auth: 'Bearer k' });
	});

	it('rejects with the Meilisearch error code on an error status', async () => {
		const err = await client(`${base}/missing`, { method: 'GET' }).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(MeiliHttpError);
		expect(err).toMatchObject({ status: 404, code: 'index_not_found' });
	});

	it('gives up when the signal aborts', async () => {
		const started = Date.now();
		await expect(
			client(`${base}/slow`, { method: 'GET', signal: AbortSignal.timeout(100) }),
		).rejects.toThrow();
		expect(Date.now() - started).toBeLessThan(1500);
	});
});
