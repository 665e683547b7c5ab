import { describe, expect, it } from 'vitest';
import { useApi } from '../support/app.js';

describe('problem details', () => {
	const t = useApi();

	it('returns a 404 problem in Chinese for an unknown API route', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing' });
		expect(res.statusCode).toBe(404);
		expect(res.headers['content-type']).toContain('application/problem+json');
		const body = res.json();
		expect(body).toMatchObject({
			status: 404,
			code: 'route_not_found',
			instance: '/api/no-such-thing',
		});
		expect(body.detail).toMatch(/没有这个接口/);
		expect(body.requestId).toBe(res.headers['x-request-id']);
	});

	it('lists each bad query field with a pointer and a Chinese message', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/postings?page=abc&pageSize=1000' });
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		const body = res.json();
		expect(body.code).toBe('validation_failed');
		expect(body.detail).toMatch(/2 处填写有误/);
		const pointers = body.errors.map((e: { pointer: string }) => e.pointer).sort();
		expect(pointers).toEqual(['#/page', '#/pageSize']);
		for (const e of body.errors) expect(e.detail).toMatch(/[\u4e00-\u9fff]/);
		expect(body.errors.find((e: { pointer: string }) => e.pointer === '#/pageSize').detail).toBe(
			'每页最多 100 条',
		);
	});

	it('rejects a malformed id with 400, not 500', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/postings/not-a-uuid' });
		expect(res.statusCode).toBe(400);
		expect(res.json().errors[0]).toMatchObject({ pointer: '#/postingId', in: 'params' });
	});

	it('returns a 404 problem naming the posting when it does not exist', async () => {
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/postings/00000000-0000-4000-8000-000000000000',
		});
		expect(res.statusCode).toBe(404);
		expect(res.json()).toMatchObject({ code: 'not_found', title: '没有找到' });
		expect(res.json().detail).toMatch(/岗位/);
		expect(res.json().type).toMatch(/\/not-found$/);
	});

	it('makes its own request id, whatever id the caller sends', async () => {
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/health',
			headers: { 'x-request-id': 'req-caller-1' },
		});
		expect(res.headers['x-request-id']).not.toBe('req-caller-1');
		expect(res.headers['x-request-id']).toMatch(/^req-[0-9a-f-]{36}$/);
	});

	it('answers a malformed URL escape with a 400 problem in Chinese', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/postings/%E0%A4%A' });
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		expect(res.json()).toMatchObject({ code: 'bad_url', detail: '网址格式不正确，请检查后再试。' });
	});

	it('refuses a NUL character in a search word with a 400 problem, not a database 500', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/postings?q=a%00b' });
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		expect(res.json().errors).toEqual([
			{ pointer: '#/q', detail: '不能包含空字符（\\0）', in: 'query' },
		]);
	});

	it('refuses a NUL character anywhere in a JSON body', async () => {
		const res = await t.app.inject({
			method: 'POST',
			url: '/api/auth/login',
			payload: { phone: '13800138000', password: 'x\u0000y' },
		});
		expect(res.statusCode).toBe(400);
		expect(res.json()).toMatchObject({ code: 'validation_failed' });
		expect(res.json().errors[0]).toMatchObject({ pointer: '#/password', in: 'body' });
	});
});
