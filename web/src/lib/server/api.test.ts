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
		const { fn, calls } = fakeFetch(() => json({ items: [], total: 0, page: 2, pageSize: 20 }));
		const api = createApiClient(fn, 'http://api.test/', 'ronghe_a11y=x');
		const res = await api.postings.list({ page: 2, township: undefined, postType: 'quota' });
		expect(res).toEqual({ ok: true, data: { items: [], total: 0, page: 2, pageSize: 20 } });
		expect(calls[0]?.url.href).toBe('http://api.test/api/postings?page=2&postType=quota');
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
