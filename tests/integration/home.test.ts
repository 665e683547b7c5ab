import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	annualReviews,
	applications,
	invitations,
	personFamilyMembers,
	personPriorityStatuses,
	quotaDisclosures,
	quotaObjections,
} from '@ronghe/db/schema';
import {
	createApplicationRow,
	createEmployer,
	createFair,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const HERE = '140922100';
const ELSEWHERE = '140922105';
const at = (iso: string) => new Date(iso);

describe('home pages (/api/home)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	beforeAll(async () => {
		const db = t.handle.db;
		const here = await createEmployer(db, { name: '台城镇数据服务有限公司', townshipCode: HERE });
		const far = await createEmployer(db, { townshipCode: ELSEWHERE });
		// employers waiting for approval: one here (older), one elsewhere
		await createEmployer(db, {
			status: 'pending',
			townshipCode: HERE,
			createdAt: at('2026-11-02T01:00:00Z'),
		});
		await createEmployer(db, {
			status: 'pending',
			townshipCode: ELSEWHERE,
			createdAt: at('2026-10-20T01:00:00Z'),
		});
		// postings: two submitted here, one elsewhere (the oldest), one returned, one draft, one public
		await createPosting(db, here.id, {
			status: 'submitted',
			submittedAt: at('2026-11-20T02:00:00Z'),
		});
		await createPosting(db, here.id, {
			status: 'submitted',
			submittedAt: at('2026-11-25T02:00:00Z'),
		});
		await createPosting(db, far.id, {
			status: 'submitted',
			submittedAt: at('2026-11-10T02:00:00Z'),
			townshipCode: ELSEWHERE,
		});
		await createPosting(db, here.id, { status: 'returned' });
		await createPosting(db, here.id, { status: 'draft' });
		const published = await createPosting(db, here.id);
		const applicant = await createPersonRow(db);
		await createApplicationRow(db, applicant.id, published);
		// 年审: one submitted, one draft; one open objection and one answered
		await db.insert(annualReviews).values([
			{
				employerId: here.id,
				year: 2025,
				status: 'submitted',
				submittedAt: at('2026-03-01T00:00:00Z'),
			},
			{ employerId: far.id, year: 2025, status: 'draft' },
		]);
		await db.insert(quotaDisclosures).values({
			year: 2025,
			publishedAt: at('2026-06-01T00:00:00Z'),
			objectionDays: 15,
			rows: [],
		});
		await db.insert(quotaObjections).values([
			{
				year: 2025,
				submitterName: '张',
				contact: '13800000000',
				body: '有异议',
				idempotencyKey: 'a',
				createdAt: at('2026-06-03T00:00:00Z'),
			},
			{
				year: 2025,
				submitterName: '李',
				contact: '13800000001',
				body: '有异议',
				idempotencyKey: 'b',
				status: 'answered',
			},
		]);
		// a seeker's own entries waiting for staff: a status here, a family member elsewhere
		// (the oldest), and a confirmed status that waits for nobody
		const seekerHere = await createPersonRow(db, { townshipCode: HERE });
		const seekerFar = await createPersonRow(db, { townshipCode: ELSEWHERE });
		await db.insert(personPriorityStatuses).values([
			{ personId: seekerHere.id, kind: 'minimum_living', createdAt: at('2026-11-28T00:00:00Z') },
			{ personId: seekerHere.id, kind: 'employment_difficulty', state: 'confirmed' },
		]);
		await db.insert(personFamilyMembers).values({
			personId: seekerFar.id,
			fullName: '家属',
			relation: 'parent',
			idNumberEnc: 'x',
			idNumberHash: 'y',
			idNumberMasked: '140922********0011',
			createdAt: at('2026-11-27T00:00:00Z'),
		});
		const session = async (...args: Parameters<typeof createUser>) =>
			`Bearer ${await (await createUser(...args)).newSession()}`;
		as.bureau = await session(db, 'bureau');
		as.townshipHere = await session(db, 'township', { townshipCode: HERE });
		as.employer = await session(db, 'employer', { employerId: here.id });
		as.seeker = await session(db, 'seeker');
		// a seeker whose record is linked: two steps done, one application moving, one invitation
		// waiting and one answered, a fair next week after one that is over
		const me = await createPersonRow(db, {
			village: '城关村',
			education: 'high_school',
			phone: '13900001111',
			desiredWorkModes: ['full_time'],
		});
		as.linked = await session(db, 'seeker', { personId: me.id });
		const farPosting = await createPosting(db, far.id, { townshipCode: ELSEWHERE });
		const moving = await createApplicationRow(db, me.id, farPosting);
		await db
			.update(applications)
			.set({ status: 'interview', statusChangedAt: at('2026-11-30T03:00:00Z') })
			.where(eq(applications.id, moving.id));
		await db.insert(invitations).values([
			{ employerId: far.id, personId: me.id, postingId: farPosting.id, message: '请来面试' },
			{ employerId: far.id, personId: me.id, status: 'declined', message: '旧的' },
		]);
		const day = 86_400_000;
		await createFair(
			db,
			new Date(Date.now() - 30 * day),
			new Date(Date.now() - 29 * day),
			'去年的',
		);
		await createFair(
			db,
			new Date(Date.now() + 7 * day),
			new Date(Date.now() + 8 * day),
			'助残日专场',
		);
	});
	const get = (url: string, who: string) =>
		t.app.inject({ method: 'GET', url: `/api/home${url}`, headers: { authorization: as[who]! } });

	it('shows county staff every queue with its count and oldest waiting item', async () => {
		const res = await get('/staff', 'bureau');
		expect(res.statusCode).toBe(200);
		expect(res.json()).toEqual({
			townshipName: null,
			postingReviews: { count: 3, oldestAt: '2026-11-10T02:00:00.000Z' },
			employerApprovals: { count: 2, oldestAt: '2026-10-20T01:00:00.000Z' },
			verifications: { count: 2, oldestAt: '2026-11-27T00:00:00.000Z' },
			annualReviews: { count: 1, oldestAt: '2026-03-01T00:00:00.000Z' },
			objections: { count: 1, oldestAt: '2026-06-03T00:00:00.000Z' },
		});
	});

	it('shows township staff only their township, without the county queues', async () => {
		const res = await get('/staff', 'townshipHere');
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({
			townshipName: expect.any(String),
			postingReviews: { count: 2, oldestAt: '2026-11-20T02:00:00.000Z' },
			employerApprovals: { count: 1, oldestAt: '2026-11-02T01:00:00.000Z' },
			verifications: { count: 1, oldestAt: '2026-11-28T00:00:00.000Z' },
			annualReviews: null,
			objections: null,
		});
	});

	it('shows the employer its postings, candidates and quota year', async () => {
		const res = await get('/employer', 'employer');
		expect(res.statusCode).toBe(200);
		const home = res.json();
		expect(home).toMatchObject({
			employerName: '台城镇数据服务有限公司',
			employerStatus: 'approved',
			postings: {
				submitted: { count: 2, oldestAt: '2026-11-20T02:00:00.000Z' },
				returned: 1,
				draft: 1,
				published: 1,
			},
			candidates: 1,
		});
		if (home.quota) expect(home.quota).toMatchObject({ reviewStatus: expect.any(String) });
	});

	it('shows a seeker their profile progress, recommendations, applications, invitations and next fair', async () => {
		const res = await get('/seeker', 'linked');
		expect(res.statusCode).toBe(200);
		const home = res.json();
		expect(home).toMatchObject({
			linked: true,
			profile: { stepsDone: 2, stepsTotal: 5, nextStep: 'employment' },
			applications: {
				active: 1,
				latest: { postingTitle: expect.any(String), status: 'interview' },
			},
			invitationsWaiting: 1,
			nextFair: { title: '助残日专场', live: false },
		});
		expect(home.recommendations.personalised).toBe(true);
		expect(home.recommendations.top.length).toBeLessThanOrEqual(3);
		expect(home.recommendations.top.length).toBe(Math.min(3, home.recommendations.total));
	});

	it('tells a seeker whose account is not linked yet to check their identity, and nothing else', async () => {
		const res = await get('/seeker', 'seeker');
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({
			linked: false,
			profile: null,
			recommendations: null,
			applications: { active: 0, latest: null },
			invitationsWaiting: 0,
		});
	});

	it('keeps each home to its own role', async () => {
		expect((await get('/staff', 'employer')).statusCode).toBe(403);
		expect((await get('/staff', 'seeker')).statusCode).toBe(403);
		expect((await get('/employer', 'bureau')).statusCode).toBe(403);
		expect((await get('/seeker', 'employer')).statusCode).toBe(403);
		expect((await get('/seeker', 'bureau')).statusCode).toBe(403);
		expect((await t.app.inject({ method: 'GET', url: '/api/home/staff' })).statusCode).toBe(401);
	});
});
