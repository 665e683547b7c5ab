import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { CurrentUser, Problem } from '@ronghe/contracts';
import type { ApiResult } from './api';
import { loadSessionUser, setSessionCookie } from './session';

const me: CurrentUser = {
	id: '0c6f1a52-8d3b-4a8e-9a57-0b5d2f3c4e10',
	displayName: '台城镇专职委员',
	role: 'township',
	phoneMasked: '139****0005',
	townshipCode: '140922100',
	homeTownshipCode: '140922100',
	employerId: null,
	mustChangePassword: true,
};

function fakeCookies(initial: Record<string, string> = {}) {
	const jar = new Map(Object.entries(initial));
	const log: { op: string; name: string; opts: unknown }[] = [];
	const cookies = {
		get: (name: string) => jar.get(name),
		set: (name: string, value: string, opts: unknown) => {
			jar.set(name, value);
			log.push({ op: 'set', name, opts });
		},
		delete: (name: string, opts: unknown) => {
			jar.delete(name);
			log.push({ op: 'delete', name, opts });
		},
	} as unknown as Cookies;
	return { cookies, jar, log };
}

const http = new URL('http://127.0.0.1:3000/');
const apiWith = (result: ApiResult<CurrentUser>) => ({
	auth: { me: async () => result } as never,
});
const problem = (status: number): Problem => ({
	type: 'about:blank',
	title: 'x',
	status,
	code: status === 401 ? 'unauthenticated' : 'api_unreachable',
});

describe('loadSessionUser', () => {
	it('does not ask the API when there is no session cookie', async () => {
		const { cookies } = fakeCookies();
		const api = { auth: { me: () => Promise.reject(new Error('called')) } as never };
		expect(await loadSessionUser(api, cookies, http)).toBeNull();
	});

	it('maps the current user, with the role label', async () => {
		const { cookies } = fakeCookies({ ronghe_session: 'tok' });
		expect(await loadSessionUser(apiWith({ ok: true, data: me }), cookies, http)).toEqual({
			id: me.id,
			role: 'township',
			name: '台城镇专职委员',
			roleLabel: '乡镇工作人员',
			phoneMasked: '139****0005',
			townshipCode: '140922100',
			homeTownshipCode: '140922100',
			employerId: null,
			mustChangePassword: true,
		});
	});

	it('forgets a session the API no longer knows', async () => {
		const { cookies, jar, log } = fakeCookies({ ronghe_session: 'old' });
		expect(
			await loadSessionUser(apiWith({ ok: false, problem: problem(401) }), cookies, http),
		).toBeNull();
		expect(jar.has('ronghe_session')).toBe(false);
		expect(log).toEqual([
			{ op: 'delete', name: 'ronghe_session', opts: { path: '/', httpOnly: true, secure: false } },
		]);
	});

	it('keeps the cookie when the API is down, and renders signed out', async () => {
		const { cookies, jar } = fakeCookies({ ronghe_session: 'tok' });
		expect(
			await loadSessionUser(apiWith({ ok: false, problem: problem(503) }), cookies, http),
		).toBeNull();
		expect(jar.get('ronghe_session')).toBe('tok');
	});
});

describe('setSessionCookie', () => {
	it('sets an HttpOnly, Lax cookie that ends with the session, secure only over https', () => {
		const login = { token: 'abc', expiresAt: '2026-05-01T08:00:00.000Z', user: me };
		const { cookies, log } = fakeCookies();
		setSessionCookie(cookies, login, new URL('http://127.0.0.1:3000/login'));
		setSessionCookie(cookies, login, new URL('https://jobs.example.cn/login'));
		const base = {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			expires: new Date('2026-05-01T08:00:00.000Z'),
		};
		expect(log).toEqual([
			{ op: 'set', name: 'ronghe_session', opts: { ...base, secure: false } },
			{ op: 'set', name: '__Host-ronghe_session', opts: { ...base, secure: true } },
		]);
	});
});
