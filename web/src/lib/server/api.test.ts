import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from './api';

const township = {
	code: '140922100',
	name: '台城镇',
	kind: 'town',
	countyCode: '140922',
	latitude: 38.72,
	longitude: 113.25,
	coordinatesApproximate: true,
};

function fakeFetch(respond: (url: URL, init?: RequestInit) => Response | Promise<Response>) {
	const calls: { url: URL; init?: RequestInit }[] = [];
	const fn = (async (input: string | URL | Request, init?: RequestInit) => {
		const url = new URL(input instanceof Request ? input.url : input);
		calls.push({ url, init });
		return respond(url, init);
	}) as typeof fetch;
	return { fn, calls };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('createApiClient', () => {
	beforeEach(() => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
	});

	it('returns validated data and sends query and cookie', async () => {
		const facets = { township: {}, postType: {}, workMode: {}, category: {}, accommodations: {} };
		const page = { items: [], total: 0, page: 2, pageSize: 20, facets, degraded: false };
		const { fn, calls } = fakeFetch(() => json(page));
		const api = createApiClient(fn, 'http://api.test/', 'ronghe_a11y=x');
		const res = await api.postings.list({
			page: 2,
			township: undefined,
			postType: ['quota', 'home_based'],
		});
		expect(res).toEqual({ ok: true, data: page });
		expect(calls[0]?.url.href).toBe(
			'http://api.test/api/postings?page=2&postType=quota&postType=home_based',
		);
		expect(new Headers(calls[0]?.init?.headers).get('cookie')).toBe('ronghe_a11y=x');
	});

	it('parses townships', async () => {
		const { fn } = fakeFetch(() => json({ items: [township] }));
		const res = await createApiClient(fn, 'http://api.test').townships();
		expect(res.ok && res.data.items[0]?.name).toBe('台城镇');
	});

	it('passes a problem body through', async () => {
		const problem = {
			type: 'about:blank',
			title: 'Not Found',
			status: 404,
			code: 'not_found',
			detail: '岗位不存在',
		};
		const { fn } = fakeFetch(() => json(problem, 404, 'application/problem+json'));
		const res = await createApiClient(fn, 'http://api.test').postings.get('x');
		expect(res).toEqual({ ok: false, problem });
	});

	it('turns a network failure into a 503 problem with a Chinese detail', async () => {
		const { fn } = fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
		const res = await createApiClient(fn, 'http://api.test').fairs.list();
		expect(res.ok).toBe(false);
		if (!res.ok) {
			expect(res.problem.status).toBe(503);
			expect(res.problem.detail).toMatch(/连不上/);
		}
	});

	it('turns an unexpected body into a 502 problem', async () => {
		const { fn } = fakeFetch(() => json({ nope: true }));
		const res = await createApiClient(fn, 'http://api.test').training.list();
		expect(res.ok ? 0 : res.problem.status).toBe(502);
	});

	it('makes a problem of an error page that is not problem+json', async () => {
		const { fn } = fakeFetch(() => new Response('<h1>Bad Gateway</h1>', { status: 502 }));
		const res = await createApiClient(fn, 'http://api.test').health();
		expect(res.ok ? 0 : res.problem.status).toBe(503);
	});
});

describe('createApiClient auth', () => {
	const user = {
		id: '0c6f1a52-8d3b-4a8e-9a57-0b5d2f3c4e10',
		displayName: '演示求职者',
		role: 'seeker',
		phoneMasked: '139****0001',
		townshipCode: null,
		homeTownshipCode: null,
		employerId: null,
		mustChangePassword: false,
	};

	it('posts the login body as JSON and forwards the client address and browser', async () => {
		const result = { token: 't0k', expiresAt: '2026-05-01T08:00:00.000Z', user };
		const { fn, calls } = fakeFetch(() => json(result));
		const browser = 'Mozilla/5.0 (Linux; Android 14) Chrome/120.0 Mobile Safari/537.36';
		const api = createApiClient(fn, 'http://api.test', undefined, '203.0.113.9', browser);
		const res = await api.auth.login({ phone: '13900000001', password: 'secret-1' });
		expect(res).toEqual({ ok: true, data: result });
		expect(calls[0]?.url.pathname).toBe('/api/auth/login');
		expect(calls[0]?.init?.method).toBe('POST');
		expect(calls[0]?.init?.body).toBe('{"phone":"13900000001","password":"secret-1"}');
		const headers = new Headers(calls[0]?.init?.headers);
		expect(headers.get('content-type')).toBe('application/json');
		expect(headers.get('x-forwarded-for')).toBe('203.0.113.9');
		expect(headers.get('user-agent')).toBe(browser);
	});

	it('sends the session cookie and an empty JSON body when signing out', async () => {
		const { fn, calls } = fakeFetch(() => json({ sessionsEnded: 3 }));
		const api = createApiClient(fn, 'http://api.test', 'ronghe_session=abc');
		expect(await api.auth.logoutAll()).toEqual({ ok: true, data: { sessionsEnded: 3 } });
		expect(calls[0]?.url.pathname).toBe('/api/auth/logout-all');
		expect(calls[0]?.init?.body).toBe('{}');
		expect(new Headers(calls[0]?.init?.headers).get('cookie')).toBe('ronghe_session=abc');
	});

	it('reads the current user and returns a 401 problem as is', async () => {
		const { fn } = fakeFetch(() => json(user));
		expect(await createApiClient(fn, 'http://api.test').auth.me()).toEqual({
			ok: true,
			data: user,
		});
		const problem = {
			type: 'about:blank',
			title: '需要登录',
			status: 401,
			code: 'unauthenticated',
			detail: '请先登录。',
		};
		const { fn: denied } = fakeFetch(() => json(problem, 401, 'application/problem+json'));
		expect(await createApiClient(denied, 'http://api.test').auth.me()).toEqual({
			ok: false,
			problem,
		});
	});
});
