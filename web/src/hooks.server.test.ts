import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE } from '@ronghe/contracts';
import { handle } from './hooks.server';

vi.mock('$lib/server/config', () => ({ loadConfig: () => ({ apiUrl: 'http://api.test' }) }));

const ME = {
	id: '00000000-0000-4000-8000-000000000001',
	displayName: '王芳',
	role: 'federation',
	phoneMasked: '138****0000',
	townshipCode: null,
	homeTownshipCode: null,
	employerId: null,
	mustChangePassword: false,
};

/** The API as the hook sees it: signed in when the request carries a session cookie. */
function stubApi() {
	vi.stubGlobal(
		'fetch',
		vi.fn(async (url: URL | string, init?: RequestInit) => {
			const signedIn = new Headers(init?.headers).get('cookie')?.includes(SESSION_COOKIE);
			if (String(url).endsWith('/api/auth/me') && signedIn) return Response.json(ME);
			return Response.json(
				{ status: 401, code: 'unauthenticated', title: '需要登录' },
				{ status: 401 },
			);
		}),
	);
}

function eventFor(path: string, init: RequestInit & { cookie?: string } = {}) {
	const url = new URL(`http://localhost${path}`);
	const headers = new Headers(init.headers);
	if (init.cookie) headers.set('cookie', init.cookie);
	const request = new Request(url, { ...init, headers });
	const jar = new Map(
		(init.cookie ?? '')
			.split(';')
			.filter(Boolean)
			.map((c) => c.trim().split('=') as [string, string]),
	);
	return {
		request,
		url,
		locals: {},
		cookies: { get: (n: string) => jar.get(n), set: () => {}, delete: () => {} },
		getClientAddress: () => '127.0.0.1',
	} as unknown as RequestEvent;
}

const resolve = vi.fn(
	async () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }),
);

describe('hooks.server handle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		resolve.mockClear();
	});

	it('marks a signed-in page no-store, so no cache keeps personal data after sign-out', async () => {
		stubApi();
		const res = await handle({
			event: eventFor('/staff/people', { cookie: `${SESSION_COOKIE}=tok` }),
			resolve,
		});
		expect(res.headers.get('cache-control')).toBe('no-store');
	});

	it('leaves a signed-out public page cacheable', async () => {
		stubApi();
		const res = await handle({ event: eventFor('/jobs'), resolve });
		expect(res.headers.get('cache-control')).toBeNull();
	});

	it('refuses a form post over 1 MB outside the roster upload page before reading it', async () => {
		stubApi();
		const big = 'x'.repeat(2 * 1024 * 1024);
		const res = await handle({
			event: eventFor('/sign-in', {
				method: 'POST',
				body: big,
				headers: {
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': String(big.length),
				},
			}),
			resolve,
		});
		expect(res.status).toBe(413);
		expect(resolve).not.toHaveBeenCalled();

		const upload = await handle({
			event: eventFor('/staff/registry/import', {
				method: 'POST',
				body: big,
				headers: {
					'content-type': 'multipart/form-data; boundary=x',
					'content-length': String(big.length),
				},
				cookie: `${SESSION_COOKIE}=tok`,
			}),
			resolve,
		});
		expect(upload.status).toBe(200);
		expect(resolve).toHaveBeenCalledOnce();
	});
});
