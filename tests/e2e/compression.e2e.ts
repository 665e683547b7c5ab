import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { SESSION_COOKIE } from '@ronghe/contracts';
import { DEMO_PASSWORD } from '@ronghe/db/demo';
import { demoAccount } from './signed-in.js';

const baseUrl = inject('baseUrl');

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** The bytes as they come over the wire: Node's fetch would decompress them silently. */
function get(path: string, headers: Record<string, string> = {}): Promise<Raw> {
	return new Promise((done, fail) => {
		const req = request(`${baseUrl}${path}`, { headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
			);
			res.on('error', fail);
		});
		req.on('error', fail);
		req.end();
	});
}

function decode(res: Raw): Buffer {
	const enc = res.headers['content-encoding'];
	if (enc === 'br') return brotliDecompressSync(res.body);
	if (enc === 'gzip') return gunzipSync(res.body);
	return res.body;
}

/** Pages carry a fresh CSP nonce (and request id) on every answer; the rest must match. */
const stable = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

describe('compressed answers', () => {
	for (const encoding of ['br', 'gzip'] as const) {
		it(`the /jobs page comes back ${encoding}-compressed and unpacks to the same page`, async () => {
			const plain = await get('/jobs');
			const packed = await get('/jobs', { 'accept-encoding': encoding });
			expect(plain.status).toBe(200);
			expect(plain.headers['content-encoding']).toBeUndefined();
			expect(packed.status).toBe(200);
			expect(packed.headers['content-encoding']).toBe(encoding);
			expect(packed.headers.vary).toMatch(/accept-encoding/i);
			expect(packed.body.length).toBeLessThan(plain.body.length * 0.8);
			expect(stable(decode(packed).toString())).toBe(stable(plain.body.toString()));
		});

		it(`/api/postings JSON comes back ${encoding}-compressed and unpacks to the same JSON`, async () => {
			const plain = await get('/api/postings');
			const packed = await get('/api/postings', { 'accept-encoding': encoding });
			expect(packed.headers['content-encoding']).toBe(encoding);
			expect(packed.body.length).toBeLessThan(plain.body.length);
			expect(JSON.parse(decode(packed).toString())).toEqual(JSON.parse(plain.body.toString()));
		});
	}

	it('a script of the page comes back compressed and unpacks to the same file', async () => {
		const page = (await get('/jobs')).body.toString();
		const script = /"([^"]*\/_app\/immutable\/[^"]+\.js)"/.exec(page)?.[1];
		expect(script).toBeDefined();
		const path = new URL(script!, `${baseUrl}/jobs`).pathname;
		const plain = await get(path);
		const packed = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
		expect(plain.status).toBe(200);
		expect(packed.headers['content-encoding']).toMatch(/^(br|gzip)$/);
		expect(decode(packed).equals(plain.body)).toBe(true);
	});

	it('an .xlsx export is sent as it is, not compressed a second time', async () => {
		const staff = demoAccount('federation');
		const login = await fetch(`${baseUrl}/api/auth/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ phone: staff.phone, password: DEMO_PASSWORD }),
		});
		expect(login.status).toBe(200);
		const { token } = (await login.json()) as { token: string };
		const cookie = `${SESSION_COOKIE}=${token}`;
		const year = new Date().getFullYear() - 1;
		const res = await get(`/staff/quota/export.xlsx?year=${year}`, {
			cookie,
			'accept-encoding': 'gzip, deflate, br',
		});
		expect(res.status).toBe(200);
		expect(res.headers['content-type']).toContain('spreadsheetml');
		expect(res.headers['content-encoding']).toBeUndefined();
		// an .xlsx is a zip: it starts with PK
		expect(res.body.subarray(0, 2).toString()).toBe('PK');
	});
});
