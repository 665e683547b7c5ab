import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, people } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

describe('sign-in, sessions and passwords', () => {
	const t = useApi();
	const login = (phone: string, password: string, ip = '10.0.0.1') =>
		t.app.inject({
			method: 'POST',
			url: '/api/auth/login',
			payload: { phone, password },
			headers: { 'x-forwarded-for': ip },
		});
	const me = (token: string) =>
		t.app.inject({
			method: 'GET',
			url: '/api/auth/me',
			headers: { authorization: `Bearer ${token}` },
		});

	it('signs in with a phone typed with spaces and full-width digits, then knows the caller by cookie', async () => {
		const { user, password } = await createUser(t.handle.db, 'seeker');
		const typed = `１${user.phone.slice(1, 3)} ${user.phone.slice(3, 7)} ${user.phone.slice(7)}`;
		const res = await login(typed, password);
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body.user).toMatchObject({
			id: user.id,
			role: 'seeker',
			phoneMasked: `${user.phone.slice(0, 3)}****${user.phone.slice(-4)}`,
		});
		const viaCookie = await t.app.inject({
			method: 'GET',
			url: '/api/auth/me',
			headers: { cookie: `other=1; ronghe_session=${body.token}` },
		});
		expect(viaCookie.json().id).toBe(user.id);
	});

	it('gives the same answer for an unknown phone and a wrong password, and says how many tries are left', async () => {
		const { user } = await createUser(t.handle.db, 'employer');
		const unknown = await login('13999999999', 'whatever');
		const wrong = await login(user.phone, 'wrong-password');
		expect(unknown.statusCode).toBe(401);
		expect(wrong.statusCode).toBe(401);
		expect(unknown.json().code).toBe('invalid_credentials');
		expect(wrong.json().detail).toMatch(/再输错 4 次/);
	});

	it('makes the account wait after 5 wrong passwords, even against the right one, and audits it', async () => {
		const { user, password } = await createUser(t.handle.db, 'seeker');
		for (let i = 0; i < 4; i++) expect((await login(user.phone, 'nope')).statusCode).toBe(401);
		const fifth = await login(user.phone, 'nope');
		expect(fifth.statusCode).toBe(423);
		// a short wait that grows (tests/integration/auth-limits.test.ts), not a 15-minute lock
		expect(fifth.json().detail).toMatch(/输错 5 次.*要等 1 分钟.*北京时间 \d\d:\d\d/);
		expect((await login(user.phone, password)).statusCode).toBe(423);
		const audit = await t.handle.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
		expect(audit.map((a) => a.action)).toContain('auth.locked');
	});

	it('ends this session on logout and every session on logout-all', async () => {
		const { newSession } = await createUser(t.handle.db, 'bureau');
		const [a, b, c] = [await newSession(), await newSession(), await newSession()];
		const out = await t.app.inject({
			method: 'POST',
			url: '/api/auth/logout',
			headers: { authorization: `Bearer ${a}` },
		});
		expect(out.json()).toEqual({ sessionsEnded: 1 });
		expect((await me(a)).statusCode).toBe(401);
		expect((await me(b)).statusCode).toBe(200);
		const all = await t.app.inject({
			method: 'POST',
			url: '/api/auth/logout-all',
			headers: { authorization: `Bearer ${b}` },
		});
		expect(all.json()).toEqual({ sessionsEnded: 2 });
		expect((await me(c)).statusCode).toBe(401);
	});

	it('changes a password only with the current one, keeping this device signed in and ending the others', async () => {
		const { user, password, newSession } = await createUser(t.handle.db, 'seeker');
		const [mine, other] = [await newSession(), await newSession()];
		const change = (currentPassword: string) =>
			t.app.inject({
				method: 'POST',
				url: '/api/auth/password',
				headers: { authorization: `Bearer ${mine}` },
				payload: { currentPassword, newPassword: 'a-new-password' },
			});
		const wrong = await change('not-it');
		expect(wrong.statusCode).toBe(422);
		expect(wrong.json()).toMatchObject({
			code: 'wrong_password',
			detail: '现在的密码不对，密码没有修改。',
		});
		const short = await t.app.inject({
			method: 'POST',
			url: '/api/auth/password',
			headers: { authorization: `Bearer ${mine}` },
			payload: { currentPassword: password, newPassword: 'short' },
		});
		expect(short.json().errors[0]).toMatchObject({
			pointer: '#/newPassword',
			detail: '新密码至少 8 位。',
		});
		expect((await change(password)).json()).toEqual({ sessionsEnded: 1 });
		expect((await me(mine)).statusCode).toBe(200);
		expect((await me(other)).statusCode).toBe(401);
		expect((await login(user.phone, 'a-new-password')).statusCode).toBe(200);
	});

	it('lets staff reset a seeker password: one-time password, must change, sessions ended, audited', async () => {
		const staff = await createUser(t.handle.db, 'federation');
		const seeker = await createUser(t.handle.db, 'seeker');
		const seekerSession = await seeker.newSession();
		const res = await t.app.inject({
			method: 'POST',
			url: `/api/users/${seeker.user.id}/password-reset`,
			headers: { authorization: `Bearer ${await staff.newSession()}` },
		});
		expect(res.statusCode).toBe(200);
		const { temporaryPassword, sessionsEnded } = res.json();
		expect(sessionsEnded).toBe(1);
		expect((await me(seekerSession)).statusCode).toBe(401);
		const signIn = await login(seeker.user.phone, temporaryPassword);
		expect(signIn.json().user.mustChangePassword).toBe(true);
		const [entry] = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'user.password_reset'));
		expect(entry).toMatchObject({ actorUserId: staff.user.id, entityId: seeker.user.id });
		expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
	});

	it('keeps township staff to the seekers of their own township', async () => {
		const township = await createUser(t.handle.db, 'township', { townshipCode: '140922100' });
		const [person] = await t.handle.db
			.insert(people)
			.values({
				fullName: '外乡人',
				sex: 'male',
				birthDate: '1990-01-01',
				idNumberEnc: 'x',
				idNumberHash: `h-${Date.now()}`,
				idNumberMasked: 'x',
				category: 4,
				level: 3,
				townshipCode: '140922105',
				householdType: 'agricultural',
			})
			.returning();
		const seeker = await createUser(t.handle.db, 'seeker', { personId: person!.id });
		const res = await t.app.inject({
			method: 'POST',
			url: `/api/users/${seeker.user.id}/password-reset`,
			headers: { authorization: `Bearer ${await township.newSession()}` },
		});
		expect(res.statusCode).toBe(403);
		expect(res.json().detail).toBe('只能重置本乡镇求职者的密码。');
	});

	it('slows down one address that keeps trying (429), without blocking other addresses', async () => {
		let last = 0;
		for (let i = 0; i < 21; i++) last = (await login('13700000000', 'x', '10.9.9.9')).statusCode;
		expect(last).toBe(429);
		// another number: this one now waits like an account would (unknown numbers count too)
		expect((await login('13700000001', 'x', '10.9.9.10')).statusCode).toBe(401);
	});

	it('signs in a seeker with a registry record and passport, with their display defaults and township', async () => {
		// on the embedded database (one connection) a query outside the sign-in transaction hung
		const [person] = await t.handle.db
			.insert(people)
			.values({
				fullName: '大字用户',
				sex: 'female',
				birthDate: '1988-03-01',
				idNumberEnc: 'x',
				idNumberHash: `h-passport-${Date.now()}`,
				idNumberMasked: 'x',
				category: 1,
				level: 2,
				townshipCode: '140922100',
				householdType: 'agricultural',
				passport: {
					preferredContact: [],
					needs: [],
					otherNeeds: '',
					largeText: true,
					highContrast: true,
				},
			})
			.returning();
		const { user, password } = await createUser(t.handle.db, 'seeker', { personId: person!.id });
		const res = await login(user.phone, password, '10.6.6.6');
		expect(res.statusCode).toBe(200);
		expect(res.json().user.uiDefaults).toEqual({ largeText: true, highContrast: true });
		// whose 专职委员 the help boxes show; a seeker has no township scope
		expect(res.json().user).toMatchObject({ homeTownshipCode: '140922100', townshipCode: null });
	});

	it('never slows down an address whose people type their passwords right', async () => {
		const { user, password } = await createUser(t.handle.db, 'seeker');
		for (let i = 0; i < 25; i++)
			expect((await login(user.phone, password, '10.7.7.7')).statusCode).toBe(200);
	});
});
