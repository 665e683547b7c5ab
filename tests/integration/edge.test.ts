import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@ronghe/contracts';
import { auditLog, consents, sessions } from '@ronghe/db/schema';
import { createPersonRow, createUser, grantConsent } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

// app.inject sends Host: localhost:80, so the API's own origin is http://localhost
const OWN = 'http://localhost';
const EVIL = 'https://evil.example';

describe('the API edge: CSRF, request ids, headers', () => {
	const t = useApi();
	let personId = '';
	let seekerId = '';
	let seekerToken = '';
	let staffToken = '';
	let staffId = '';
	beforeAll(async () => {
		const person = await createPersonRow(t.handle.db);
		personId = person.id;
		await grantConsent(t.handle.db, personId, 'disability_data');
		const seeker = await createUser(t.handle.db, 'seeker', { personId });
		seekerId = seeker.user.id;
		seekerToken = await seeker.newSession();
		const staff = await createUser(t.handle.db, 'bureau');
		staffId = staff.user.id;
		staffToken = await staff.newSession();
	});
	const cookie = (token: string) => `${SESSION_COOKIE}=${token}`;
	const activeConsent = async () =>
		(
			await t.handle.db
				.select()
				.from(consents)
				.where(and(eq(consents.personId, personId), isNull(consents.withdrawnAt)))
		).length;
	const auditFor = (actor: string) =>
		t.handle.db.select().from(auditLog).where(eq(auditLog.actorUserId, actor));
	const liveSessions = async (userId: string) =>
		(await t.handle.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

	describe('cross-site requests carrying the session cookie', () => {
		const hostile: [string, Record<string, string>][] = [
			['Origin of another site', { origin: EVIL }],
			['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
			['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
			['Origin: null (a sandboxed frame)', { origin: 'null' }],
			['a text/plain form post with neither header', { 'content-type': 'text/plain' }],
		];

		it.each(hostile)(
			'refuses consent withdrawal with %s, and withdraws nothing',
			async (_, headers) => {
				const res = await t.app.inject({
					method: 'POST',
					url: '/api/me/consents/disability_data/withdraw',
					headers: { cookie: cookie(seekerToken), ...headers },
					...(headers['content-type'] ? { payload: 'x' } : {}),
				});
				expect(res.statusCode).toBe(403);
				expect(res.headers['content-type']).toContain('application/problem+json');
				expect(res.json()).toMatchObject({ code: 'cross_site_request' });
				expect(res.json().detail).toContain('其他网站');
				expect(await activeConsent()).toBe(1);
			},
		);

		it('refuses an unmask from another site and writes no audit row', async () => {
			const res = await t.app.inject({
				method: 'POST',
				url: `/api/people/${personId}/unmask`,
				headers: { cookie: cookie(staffToken), origin: EVIL, 'sec-fetch-site': 'cross-site' },
			});
			expect(res.statusCode).toBe(403);
			expect(res.json().code).toBe('cross_site_request');
			expect(await auditFor(staffId)).toHaveLength(0);
		});

		it('refuses "sign out everywhere" from another site and keeps the sessions', async () => {
			const before = await liveSessions(staffId);
			const res = await t.app.inject({
				method: 'POST',
				url: '/api/auth/logout-all',
				headers: { cookie: cookie(staffToken), origin: EVIL },
			});
			expect(res.statusCode).toBe(403);
			expect(await liveSessions(staffId)).toBe(before);
		});
	});

	describe('requests that are not cross-site still work', () => {
		it('accepts a same-origin write with the cookie', async () => {
			const second = await (await createUser(t.handle.db, 'federation')).newSession();
			const res = await t.app.inject({
				method: 'POST',
				url: '/api/auth/logout-all',
				headers: { cookie: cookie(second), origin: OWN, 'sec-fetch-site': 'same-origin' },
				payload: {},
			});
			expect(res.statusCode).toBe(200);
		});

		it('accepts the web server calling with the cookie and a JSON body (no Origin)', async () => {
			const res = await t.app.inject({
				method: 'POST',
				url: '/api/me/consents/share_with_employers',
				headers: { cookie: cookie(seekerToken) },
				payload: {},
			});
			expect(res.statusCode).toBe(200);
		});

		it('accepts a bearer token whatever the Origin: a browser never adds one by itself', async () => {
			const res = await t.app.inject({
				method: 'POST',
				url: '/api/me/consents/share_with_employers/withdraw',
				headers: { authorization: `Bearer ${seekerToken}`, origin: EVIL },
				payload: {},
			});
			expect(res.statusCode).toBe(200);
		});

		it('accepts an Origin named in allowedOrigins', async () => {
			const { buildApp } = await import('@ronghe/api/app');
			const app = await buildApp({
				db: t.handle.db,
				pingDb: t.handle.ping,
				search: t.search,
				version: '0.0.0-test',
				cipher: t.cipher,
				allowedOrigins: ['https://jobs.example.cn/'],
			});
			try {
				const ok = await app.inject({
					method: 'POST',
					url: '/api/me/consents/share_with_employers',
					headers: { cookie: cookie(seekerToken), origin: 'https://jobs.example.cn' },
					payload: {},
				});
				expect(ok.statusCode).toBe(200);
				const other = await app.inject({
					method: 'POST',
					url: '/api/me/consents/share_with_employers',
					headers: { cookie: cookie(seekerToken), origin: EVIL },
					payload: {},
				});
				expect(other.statusCode).toBe(403);
			} finally {
				await app.close();
			}
		});
	});

	it('reads no text/plain body on a JSON route, even without a cookie', async () => {
		const res = await t.app.inject({
			method: 'POST',
			url: '/api/auth/login',
			headers: { 'content-type': 'text/plain' },
			payload: JSON.stringify({ phone: '13800000000', password: 'whatever-secret' }),
		});
		expect(res.statusCode).toBe(415);
		expect(res.headers['content-type']).toContain('application/problem+json');
	});

	it("makes its own request id: the caller's X-Request-Id reaches neither the answer nor the audit log", async () => {
		const given = `forged-${'x'.repeat(5000)}`;
		const res = await t.app.inject({
			method: 'POST',
			url: '/api/me/consents/disability_data/withdraw',
			headers: { authorization: `Bearer ${seekerToken}`, 'x-request-id': given },
			payload: {},
		});
		expect(res.statusCode).toBe(200);
		const id = res.headers['x-request-id'];
		expect(id).not.toBe(given);
		expect(id).toMatch(/^req-[0-9a-f-]{36}$/);
		const rows = (await auditFor(seekerId)).filter((r) => r.action === 'consent.withdraw');
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.map((r) => r.requestId)).not.toContain(given);
		expect(rows.map((r) => r.requestId)).toContain(id);
	});

	describe('security headers', () => {
		it('sends helmet headers and no-store on API answers', async () => {
			const res = await t.app.inject({
				method: 'GET',
				url: `/api/people/${personId}`,
				headers: { authorization: `Bearer ${staffToken}` },
			});
			expect(res.statusCode).toBe(200);
			expect(res.headers['cache-control']).toBe('no-store');
			expect(res.headers['x-content-type-options']).toBe('nosniff');
			expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
			expect(res.headers['content-security-policy']).toContain("default-src 'none'");
			expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
			expect(res.headers['strict-transport-security']).toBeUndefined();
		});

		it('renders /api/docs under a CSP that allows its own inline style and no script', async () => {
			const res = await t.app.inject({ method: 'GET', url: '/api/docs' });
			expect(res.statusCode).toBe(200);
			expect(res.body).toContain('<style>');
			const csp = res.headers['content-security-policy'] as string;
			expect(csp).toContain("style-src 'unsafe-inline'");
			expect(csp).not.toContain('script-src');
			expect(csp).toContain("default-src 'none'");
		});

		it('sends HSTS only when the request came over HTTPS (via the trusted proxy)', async () => {
			const res = await t.app.inject({
				method: 'GET',
				url: '/api/health',
				headers: { 'x-forwarded-proto': 'https' },
			});
			expect(res.headers['strict-transport-security']).toMatch(/^max-age=31536000/);
		});
	});
});
