import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { MyApplicationList } from '@ronghe/contracts';
import { applicationEvents, auditLog, notifications } from '@ronghe/db/schema';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/**
 * Staff acting for a seeker (代办, issue 13 §2): township or county staff apply for a seeker
 * from the seeker's recommendations. The same application as the seeker's own, audited, and the
 * seeker is told and can withdraw it.
 */
describe('staff apply for a seeker (POST /api/people/{id}/postings/{id}/applications)', () => {
	const t = useApi();
	let n = 0;

	async function world() {
		const db = t.handle.db;
		const employer = await createEmployer(db);
		const hr = await createUser(db, 'employer', { employerId: employer.id });
		const posting = await createPosting(db, employer.id, { title: '社区保洁员' });
		// the seeker lives in 台城镇 (140922100), the township of the `township` staff account
		const person = await createPersonRow(db, { fullName: '王代办', townshipCode: '140922100' });
		const seeker = await createUser(db, 'seeker', { personId: person.id });
		const session = async (role: 'township' | 'federation' | 'seeker', over = {}) =>
			`Bearer ${await (await createUser(db, role, over)).newSession()}`;
		return {
			db,
			posting,
			person,
			hrUser: hr.user,
			seekerUser: seeker.user,
			me: `Bearer ${await seeker.newSession()}`,
			township: await session('township'),
			otherTownship: await session('township', { townshipCode: '140922102' }),
			county: await session('federation'),
		};
	}
	const applyFor = (
		auth: string,
		personId: string,
		postingId: string,
		key = `staff-${(n += 1)}-key`,
	) =>
		t.app.inject({
			method: 'POST',
			url: `/api/people/${personId}/postings/${postingId}/applications`,
			headers: { authorization: auth, 'idempotency-key': key },
			payload: {},
		});

	it('makes the seeker’s own application, tells them and the employer, and audits it', async () => {
		const w = await world();
		const res = await applyFor(w.township, w.person.id, w.posting.id, 'staff-key-once');
		expect(res.statusCode).toBe(201);
		const { id } = res.json() as { id: string };
		// a resent form answers the same
		const again = await applyFor(w.township, w.person.id, w.posting.id, 'staff-key-once');
		expect(again.json()).toEqual(res.json());
		// the seeker sees it among their own, and can withdraw it
		const mine = await t.app.inject({
			method: 'GET',
			url: '/api/me/applications',
			headers: { authorization: w.me },
		});
		expect((mine.json() as MyApplicationList).items.map((a) => a.id)).toEqual([id]);
		const events = await w.db
			.select()
			.from(applicationEvents)
			.where(eq(applicationEvents.applicationId, id));
		expect(events.map((e) => e.actor)).toEqual(['staff']);
		const told = await w.db
			.select()
			.from(notifications)
			.where(eq(notifications.userId, w.seekerUser.id));
		expect(told.map((m) => m.title)).toEqual(['工作人员帮您投递了“社区保洁员”']);
		const employerTold = await w.db
			.select()
			.from(notifications)
			.where(eq(notifications.userId, w.hrUser.id));
		expect(employerTold.map((m) => m.title)).toEqual(['王代办投递了“社区保洁员”（工作人员代办）']);
		const audit = await w.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'person.apply_for'), eq(auditLog.entityId, w.person.id)));
		expect(audit).toHaveLength(1);
		const withdrawn = await t.app.inject({
			method: 'POST',
			url: `/api/me/applications/${id}/withdraw`,
			headers: { authorization: w.me },
		});
		expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
	});

	it('answers 409 when the seeker already applied, naming the application', async () => {
		const w = await world();
		expect((await applyFor(w.county, w.person.id, w.posting.id)).statusCode).toBe(201);
		const twice = await applyFor(w.township, w.person.id, w.posting.id);
		expect(twice.statusCode).toBe(409);
		expect(twice.json()).toMatchObject({ detail: expect.stringContaining('这位求职者已经投递过') });
	});

	it('is for staff of the seeker’s township or the county only, and audits nothing else', async () => {
		const w = await world();
		expect((await applyFor(w.otherTownship, w.person.id, w.posting.id)).statusCode).toBe(404);
		expect((await applyFor(w.me, w.person.id, w.posting.id)).statusCode).toBe(403);
		const audit = await w.db.select().from(auditLog).where(eq(auditLog.entityId, w.person.id));
		expect(audit.filter((a) => a.action === 'person.apply_for')).toEqual([]);
	});
});
