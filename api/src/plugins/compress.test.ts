import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGunzip, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseEncoding, compressPage } from './compress.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let close: (() => void) | undefined;
afterEach(() => close?.());

/** A server whose answers go through compressPage first, as the web handler's do. */
async function serve(handler: Handler): Promise<string> {
	const server = createServer((req, res) => {
		compressPage(req, res);
		handler(req, res);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	close = () => server.close();
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The raw bytes as they came over the wire. */
function get(
	url: string,
	headers: Record<string, string>,
	method = 'GET',
): Promise<{ headers: IncomingMessage['headers']; body: Buffer; chunks: number }> {
	return new Promise((done, fail) => {
		request(url, { headers, method }, (res) => {
			const parts: Buffer[] = [];
			res.on('data', (c: Buffer) => parts.push(c));
			res.on('end', () =>
				done({ headers: res.headers, body: Buffer.concat(parts), chunks: parts.length }),
			);
		})
			.on('error', fail)
			.end();
	});
}

const html = '<!doctype html><p>融合就业</p>'.repeat(200);

describe('compressPage', () => {
	it('gzips a page written with writeHead and write, and it unpacks to the same text', async () => {
		const url = await serve((_req, res) => {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.setHeader('content-length', Buffer.byteLength(html));
			res.writeHead(200);
			res.write(html.slice(0, 1000));
			res.end(html.slice(1000));
		});
		const res = await get(url, { 'accept-encoding': 'gzip' });
		expect(res.headers['content-encoding']).toBe('gzip');
		expect(res.headers['content-length']).toBeUndefined();
		expect(res.headers.vary).toBe('Accept-Encoding');
		expect(gunzipSync(res.body).toString()).toBe(html);
	});

	it('sends a streamed part as soon as it is written, not at the end', async () => {
		let release!: () => void;
		const later = new Promise<void>((r) => (release = r));
		const url = await serve((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.write('<p>first</p>');
			void later.then(() => res.end('<p>second</p>'));
		});
		const first = await new Promise<string>((done) => {
			request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
				res.pipe(createGunzip()).once('data', (c: Buffer) => {
					done(c.toString());
					release();
				});
			}).end();
		});
		// a buffering compressor would hold this back until the end, which waits for it
		expect(first).toBe('<p>first</p>');
	});

	it('leaves alone what is already encoded, is not text, has no body, or was not asked for', async () => {
		const zipped = Buffer.from('PK\u0003\u0004 not really a zip');
		const url = await serve((req, res) => {
			if (req.url === '/pre') {
				res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'br' });
				return res.end('already brotli');
			}
			if (req.url === '/xlsx') {
				res.setHeader(
					'content-type',
					'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
				);
				return res.end(zipped);
			}
			if (req.url === '/empty') {
				res.statusCode = 304;
				return res.end();
			}
			res.setHeader('content-type', 'text/html');
			res.end(html);
		});
		const pre = await get(`${url}/pre`, { 'accept-encoding': 'gzip, br' });
		expect(pre.headers['content-encoding']).toBe('br');
		expect(pre.body.toString()).toBe('already brotli');
		const xlsx = await get(`${url}/xlsx`, { 'accept-encoding': 'gzip, br' });
		expect(xlsx.headers['content-encoding']).toBeUndefined();
		expect(xlsx.body.equals(zipped)).toBe(true);
		const empty = await get(`${url}/empty`, { 'accept-encoding': 'gzip' });
		expect(empty.headers['content-encoding']).toBeUndefined();
		const plain = await get(`${url}/`, {});
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(html);
		const head = await get(`${url}/`, { 'accept-encoding': 'gzip' }, 'HEAD');
		expect(head.headers['content-encoding']).toBeUndefined();
	});

	it('picks br over gzip and honours q=0', () => {
		expect(chooseEncoding('gzip, deflate, br')).toBe('br');
		expect(chooseEncoding('gzip')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('gzip;q=0.5, br;q=0.2')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeUndefined();
		expect(chooseEncoding('*;q=0')).toBeUndefined();
		expect(chooseEncoding(undefined)).toBeUndefined();
	});
});
