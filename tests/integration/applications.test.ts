import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	applicationEvents,
	applications,
	employerDisabledEmployees,
	notifications,
	people,
	postings,
} from '@ronghe/db/schema';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
	grantConsent,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

type Json = Record<string, unknown>;

describe('apply, follow and hire (/api/postings/{id}/applications and friends)', () => {
	const t = useApi();
	let n = 0;

	async function world(headcount = 1) {
		const db = t.handle.db;
		const employer = await createEmployer(db);
		const hr = await createUser(db, 'employer', { employerId: employer.id });
		const posting = await createPosting(db, employer.id, { headcount, title: '客服专员' });
		const person = await createPersonRow(db, { fullName: '张投递' });
		const seeker = await createUser(db, 'seeker', { personId: person.id });
		return {
			db,
			employer,
			posting,
			person,
			hrUser: hr.user,
			seekerUser: seeker.user,
			hr: `Bearer ${await hr.newSession()}`,
			me: `Bearer ${await seeker.newSession()}`,
		};
	}
	const apply = (
		auth: string,
		postingId: string,
		key = `key-${(n += 1)}-abcdef`,
		body: Json = {},
	) =>
		t.app.inject({
			method: 'POST',
			url: `/api/postings/${postingId}/applications`,
			headers: { authorization: auth, 'idempotency-key': key },
			payload: body,
		});
	const post = (auth: string, url: string, body?: Json) =>
		t.app.inject({ method: 'POST', url, headers: { authorization: auth }, payload: body ?? {} });
	const get = (auth: string, url: string) =>
		t.app.inject({ method: 'GET', url, headers: { authorization: auth } });
	const titles = async (userId: string) =>
		(await t.handle.db.select().from(notifications).where(eq(notifications.userId, userId))).map(
			(x) => x.title,
		);

	it('answers 201 once per key, the same answer for the same key, and 409 with the existing id', async () => {
		const w = await world();
		const first = await apply(w.me, w.posting.id, 'same-key-123', {
			note: '我会用电脑',
			sharePassport: true,
		});
		expect(first.statusCode).toBe(201);
		const body = first.json() as { id: string; status: string };
		expect(body.status).toBe('submitted');
		const again = await apply(w.me, w.posting.id, 'same-key-123');
		expect(again.statusCode).toBe(201);
		expect(again.json()).toEqual(body);
		const other = await apply(w.me, w.posting.id, 'other-key-456');
		expect(other.statusCode).toBe(409);
		expect(other.headers['content-type']).toContain('application/problem+json');
		expect(other.json()).toMatchObject({ code: 'already_applied', applicationId: body.id });
		expect(other.json<{ detail: string }>().detail).toContain('已经投递过');
		expect(await titles(w.hrUser.id)).toEqual(['张投递投递了“客服专员”']);
	});

	it('refuses a closed posting and asks for an idempotency key', async () => {
		const w = await world();
		const closed = await createPosting(w.db, w.employer.id, {
			status: 'closed',
			publishedAt: new Date(),
		});
		const res = await apply(w.me, closed.id);
		expect(res.statusCode).toBe(422);
		expect(res.json()).toMatchObject({ code: 'posting_closed' });
		const noKey = await post(w.me, `/api/postings/${w.posting.id}/applications`);
		expect(noKey.statusCode).toBe(400);
	});

	it('takes 200 parallel requests with repeated keys: none lost, none doubled', async () => {
		const db = t.handle.db;
		const employer = await createEmployer(db);
		const [p1, p2] = [await createPosting(db, employer.id), await createPosting(db, employer.id)];
		const seekers = await Promise.all(
			Array.from({ length: 25 }, async (_, i) => {
				const person = await createPersonRow(db, { fullName: `并发${i}` });
				const u = await createUser(db, 'seeker', { personId: person.id });
				return { person, auth: `Bearer ${await u.newSession()}` };
			}),
		);
		// each seeker: 4 copies to posting 1 with one key, 4 copies to posting 2 with another
		const calls = seekers.flatMap((s, i) =>
			[p1!, p2!].flatMap((p, j) =>
				Array.from({ length: 4 }, () => apply(s.auth, p.id, `conc-${i}-${j}-key`)),
			),
		);
		expect(calls).toHaveLength(200);
		const answers = await Promise.all(calls);
		expect(answers.map((a) => a.statusCode).every((c) => c === 201)).toBe(true);
		const rows = await db
			.select()
			.from(applications)
			.where(eq(applications.employerId, employer.id));
		expect(rows).toHaveLength(50);
		expect(new Set(answers.map((a) => a.json<{ id: string }>().id)).size).toBe(50);
		const events = await db.select().from(applicationEvents);
		const ours = events.filter((e) => rows.some((r) => r.id === e.applicationId));
		expect(ours).toHaveLength(50);
	});

	it('lets the employer open, move and hire, telling the seeker each time; invalid moves are 409', async () => {
		const w = await world(1);
		const { id } = (await apply(w.me, w.posting.id)).json<{ id: string }>();
		const list = await get(w.hr, `/api/employer/postings/${w.posting.id}/applications`);
		expect(list.json()).toMatchObject({
			headcount: 1,
			hired: 0,
			items: [{ id, fullName: '张投递', status: 'submitted' }],
		});
		expect((await get(w.hr, `/api/employer/applications/${id}`)).json()).toMatchObject({
			status: 'viewed',
		});
		const back = await post(w.hr, `/api/employer/applications/${id}/status`, { status: 'viewed' });
		expect(back.statusCode).toBe(200);
		const noReason = await post(w.hr, `/api/employer/applications/${id}/status`, {
			status: 'rejected',
		});
		expect(noReason.statusCode).toBe(400);
		expect(
			(
				await post(w.hr, `/api/employer/applications/${id}/status`, {
					status: 'interview',
					note: '周三上午',
				})
			).statusCode,
		).toBe(200);
		const hired = await post(w.hr, `/api/employer/applications/${id}/status`, { status: 'hired' });
		expect(hired.json()).toMatchObject({ status: 'hired' });
		const undo = await post(w.hr, `/api/employer/applications/${id}/status`, {
			status: 'interview',
		});
		expect(undo.statusCode).toBe(409);
		expect(undo.json()).toMatchObject({ code: 'invalid_transition' });

		const [posting] = await w.db.select().from(postings).where(eq(postings.id, w.posting.id));
		expect(posting!.status).toBe('filled');
		const [person] = await w.db.select().from(people).where(eq(people.id, w.person.id));
		expect(person).toMatchObject({ employmentStatus: 'employed', employmentForm: 'quota' });

		const mine = (await get(w.me, '/api/me/applications')).json<{
			items: { status: string; events: { status: string }[] }[];
		}>();
		expect(mine.items[0]!.status).toBe('hired');
		expect(mine.items[0]!.events.map((e) => e.status)).toEqual([
			'submitted',
			'viewed',
			'interview',
			'hired',
		]);
		expect(await titles(w.seekerUser.id)).toEqual(
			expect.arrayContaining([
				'投递有新进展：已查看',
				'投递有新进展：面试',
				'投递有新进展：已录用',
			]),
		);
		const withdraw = await post(w.me, `/api/me/applications/${id}/withdraw`);
		expect(withdraw.statusCode).toBe(409);
	});

	it('proposes a hire for the roster; the employer confirms it once', async () => {
		const w = await world(2);
		const { id } = (await apply(w.me, w.posting.id)).json<{ id: string }>();
		await post(w.hr, `/api/employer/applications/${id}/status`, { status: 'hired' });
		const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
		const proposals = await get(w.hr, `/api/employer/quota/${year}/roster-proposals`);
		expect(proposals.json()).toMatchObject({ items: [{ applicationId: id, fullName: '张投递' }] });
		expect((await post(w.hr, `/api/employer/roster-proposals/${id}/confirm`)).statusCode).toBe(204);
		const rows = await w.db
			.select()
			.from(employerDisabledEmployees)
			.where(eq(employerDisabledEmployees.employerId, w.employer.id));
		expect(rows).toMatchObject([{ personId: w.person.id, displayName: '张投递', year }]);
		expect((await post(w.hr, `/api/employer/roster-proposals/${id}/confirm`)).statusCode).toBe(404);
		expect((await get(w.hr, `/api/employer/quota/${year}/roster-proposals`)).json()).toMatchObject({
			items: [],
		});
		const [posting] = await w.db.select().from(postings).where(eq(postings.id, w.posting.id));
		expect(posting!.status).toBe('published');
	});

	it('withdraws any time before a hire, twice with the same answer, tells the employer, and may apply again', async () => {
		const w = await world();
		const { id } = (await apply(w.me, w.posting.id)).json<{ id: string }>();
		for (let i = 0; i < 2; i += 1) {
			const res = await post(w.me, `/api/me/applications/${id}/withdraw`);
			expect(res.statusCode).toBe(200);
			expect(res.json()).toEqual({ id, status: 'withdrawn' });
		}
		expect(await titles(w.hrUser.id)).toContain('张投递撤回了对“客服专员”的投递');
		// applying again starts the same application over, once, however often the form is sent
		const again = await apply(w.me, w.posting.id, 'again-key-123456', { note: '想清楚了' });
		expect(again.statusCode).toBe(201);
		expect(again.json()).toEqual({ id, status: 'submitted' });
		expect((await apply(w.me, w.posting.id, 'again-key-123456')).json()).toEqual({
			id,
			status: 'submitted',
		});
		expect((await apply(w.me, w.posting.id)).statusCode).toBe(409);
		const mine = (await get(w.me, '/api/me/applications')).json();
		expect(mine.items).toHaveLength(1);
		expect(mine.items[0]).toMatchObject({ id, status: 'submitted', note: '想清楚了' });
		expect(mine.items[0].events.map((e: { status: string }) => e.status)).toEqual([
			'submitted',
			'withdrawn',
			'submitted',
		]);
		expect(await titles(w.hrUser.id)).toContain('张投递重新投递了“客服专员”');
		const stranger = await world();
		expect((await post(stranger.me, `/api/me/applications/${id}/withdraw`)).statusCode).toBe(404);
		expect((await get(stranger.hr, `/api/employer/applications/${id}`)).statusCode).toBe(404);
	});

	it('invites only a seeker the employer may see; the seeker accepts and the employer hears of it', async () => {
		const w = await world();
		const hidden = await createPersonRow(db0(), { fullName: '不公开的人' });
		const shared = await createPersonRow(db0(), { fullName: '公开的人', disclosure: 'full' });
		await grantConsent(db0(), shared.id, 'share_with_employers');
		const sharedUser = await createUser(db0(), 'seeker', { personId: shared.id });
		const body = { postingId: w.posting.id, message: '欢迎来面试' };
		const refused = await post(w.hr, '/api/employer/invitations', { ...body, personId: hidden.id });
		expect(refused.statusCode).toBe(404);
		const sent = await post(w.hr, '/api/employer/invitations', { ...body, personId: shared.id });
		expect(sent.statusCode).toBe(201);
		const { id } = sent.json<{ id: string }>();
		const auth = `Bearer ${await sharedUser.newSession()}`;
		expect((await get(auth, '/api/me/invitations')).json()).toMatchObject({
			items: [{ id, message: '欢迎来面试', status: 'pending', postingTitle: '客服专员' }],
		});
		expect((await post(auth, `/api/me/invitations/${id}/accept`)).json()).toMatchObject({
			status: 'accepted',
		});
		expect((await post(auth, `/api/me/invitations/${id}/decline`)).statusCode).toBe(409);
		expect(await titles(w.hrUser.id)).toContain('公开的人接受了您的邀请');
		expect(await titles(sharedUser.user.id)).toContain(`${w.employer.name}邀请您应聘“客服专员”`);
	});

	it('counts applications for staff, township staff their township only', async () => {
		const staff = await createUser(t.handle.db, 'bureau');
		const res = await get(`Bearer ${await staff.newSession()}`, '/api/applications/counts');
		expect(res.statusCode).toBe(200);
		const body = res.json<{ byTownship: { total: number }[] }>();
		expect(body.byTownship[0]!.total).toBeGreaterThan(0);
		const township = await createUser(t.handle.db, 'township', { townshipCode: '140922105' });
		const none = await get(`Bearer ${await township.newSession()}`, '/api/applications/counts');
		expect(none.json()).toEqual({ byEmployer: [], byPosting: [], byTownship: [] });
	});

	const db0 = () => t.handle.db;
});
