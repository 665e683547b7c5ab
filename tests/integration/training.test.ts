import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type {
	EnrolmentList,
	EnrolResult,
	MyTraining,
	RecommendationCheck,
	TrainingCourse,
} from '@ronghe/contracts';
import { auditLog, notifications, personCertificates, trainingNeeds } from '@ronghe/db/schema';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
	grantConsent,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/** The county's calendar day, as the API counts days (UTC+8). */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const dayAfter = (d: string, n: number) =>
	new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * 职业技能培训 (issue 15 §1): staff set up a course, seekers sign up or are signed up (代办),
 * attendance by day, and a completion whose certificate matching counts at once.
 */
describe('training courses, enrolment and completion', () => {
	const t = useApi();

	const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth?: string, payload?: unknown) =>
		t.app.inject({
			method,
			url,
			...(auth ? { headers: { authorization: auth } } : {}),
			...(payload === undefined ? {} : { payload: payload as object }),
		});

	async function world() {
		const db = t.handle.db;
		const session = async (role: 'township' | 'federation' | 'bureau', over = {}) =>
			`Bearer ${await (await createUser(db, role, over)).newSession()}`;
		const seeker = async (fullName: string, townshipCode = '140922100') => {
			const person = await createPersonRow(db, { fullName, townshipCode });
			await grantConsent(db, person.id, 'disability_data');
			const u = await createUser(db, 'seeker', { personId: person.id });
			return { person, user: u.user, auth: `Bearer ${await u.newSession()}` };
		};
		return {
			db,
			county: await session('federation'),
			township: await session('township'),
			otherTownship: await session('township', { townshipCode: '140922102' }),
			seeker,
		};
	}

	const course = (over: Record<string, unknown> = {}) => ({
		title: '计算机操作培训班',
		provider: '五台县职业技术学校',
		occupationCode: 'X-SJLR',
		townshipCode: '140922100',
		startDate: today(),
		endDate: dayAfter(today(), 4),
		lengthClass: 'short',
		seats: 3,
		cost: 0,
		funding: '残疾人就业保障金',
		access: ['step_free', 'braille_large_print'],
		certificateKind: 'computer_basics',
		description: '',
		...over,
	});

	it('answers wrong course fields next to each field, in Chinese', async () => {
		const w = await world();
		const res = await call('POST', '/api/training-courses', w.county, {
			...course({ seats: '十', endDate: dayAfter(today(), -1), townshipCode: '999' }),
		});
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		const pointers = (res.json().errors as { pointer: string }[]).map((e) => e.pointer);
		expect(pointers).toContain('#/seats');
		const backwards = await call(
			'POST',
			'/api/training-courses',
			w.county,
			course({ endDate: dayAfter(today(), -1) }),
		);
		expect(backwards.json().errors).toMatchObject([
			{ pointer: '#/endDate', detail: '结束日期不能早于开始日期。' },
		]);
		const unknownPlace = await call(
			'POST',
			'/api/training-courses',
			w.county,
			course({
				townshipCode: '999',
			}),
		);
		expect(unknownPlace.statusCode).toBe(400);
		expect(unknownPlace.json().errors[0]).toMatchObject({ pointer: '#/townshipCode' });
	});

	it('runs the journey: sign-ups and 代办, attendance, completion, certificate, matching', async () => {
		const w = await world();
		const created = await call('POST', '/api/training-courses', w.county, course());
		expect(created.statusCode).toBe(201);
		const c = created.json() as TrainingCourse;
		expect(c).toMatchObject({ seatsLeft: 3, open: true, phase: 'running' });

		// a posting that asks for the course's certificate, in the course's occupation
		const employer = await createEmployer(w.db);
		const posting = await createPosting(w.db, employer.id, {
			title: '数据录入员',
			occupationCode: 'X-SJLR',
			requiredCertificates: ['computer_basics'],
		});

		const self = await w.seeker('李自学');
		const mine = await call('POST', `/api/training-courses/${c.id}/enrolments`, self.auth);
		expect(mine.statusCode).toBe(201);
		const again = await call('POST', `/api/training-courses/${c.id}/enrolments`, self.auth);
		expect(again.statusCode).toBe(200);
		expect((again.json() as EnrolResult).enrolment.id).toBe(
			(mine.json() as EnrolResult).enrolment.id,
		);

		// 代办: township staff for their own people only; audited, and the seeker is told
		const helped = await w.seeker('王代办');
		const elsewhere = await w.seeker('赵外乡', '140922102');
		const stranger = await call(
			'POST',
			`/api/people/${elsewhere.person.id}/training-courses/${c.id}/enrolments`,
			w.township,
		);
		expect(stranger.statusCode).toBe(404);
		const forHelped = await call(
			'POST',
			`/api/people/${helped.person.id}/training-courses/${c.id}/enrolments`,
			w.township,
		);
		expect(forHelped.statusCode).toBe(201);
		expect((forHelped.json() as EnrolResult).enrolment.via).toBe('staff');
		const forElsewhere = await call(
			'POST',
			`/api/people/${elsewhere.person.id}/training-courses/${c.id}/enrolments`,
			w.otherTownship,
		);
		expect(forElsewhere.statusCode).toBe(201);
		const audit = await w.db.select().from(auditLog).where(eq(auditLog.entityId, helped.person.id));
		expect(audit.map((a) => a.action)).toContain('training.enrol_for');
		const told = await w.db
			.select()
			.from(notifications)
			.where(eq(notifications.userId, helped.user.id));
		expect(told.map((n) => n.title)).toContain(`工作人员帮您报名了培训“${c.title}”`);

		// the course is full now
		const late = await w.seeker('钱晚到');
		const full = await call('POST', `/api/training-courses/${c.id}/enrolments`, late.auth);
		expect(full.statusCode).toBe(409);
		expect(full.json().code).toBe('course_full');

		// before: the certificate is missing, so the posting is left out
		const check = async () =>
			(
				await call('GET', `/api/me/recommendations/${posting.id}`, self.auth)
			).json() as RecommendationCheck;
		expect((await check()).excluded.map((e) => e.code)).toContain('certificate_missing');

		// 点名 today, then a correction
		const roster = async (auth = w.county) =>
			(await call('GET', `/api/training-courses/${c.id}/enrolments`, auth)).json() as EnrolmentList;
		const ids = (await roster()).items.map((e) => e.id);
		expect(ids).toHaveLength(3);
		const mark = (present: string[], day = today()) =>
			call('PUT', `/api/training-courses/${c.id}/attendance/${day}`, w.county, { present });
		expect((await mark(ids)).json()).toMatchObject({ present: 3, absent: 0 });
		expect((await mark(ids.slice(0, 2))).json()).toMatchObject({ present: 2, absent: 1 });
		const attended = Object.fromEntries((await roster()).items.map((e) => [e.id, e.attended]));
		expect(attended[ids[0]!]).toEqual([today()]);
		expect(attended[ids[2]!]).toEqual([]);
		expect((await mark(ids, dayAfter(today(), 1))).statusCode).toBe(422);
		// township staff see only their own township's people, and cannot take attendance
		expect((await roster(w.township)).items.map((e) => e.personName).sort()).toEqual(
			['李自学', '王代办'].sort(),
		);
		expect(
			(
				await call('PUT', `/api/training-courses/${c.id}/attendance/${today()}`, w.township, {
					present: [],
				})
			).statusCode,
		).toBe(403);

		// 结业: the certificate is written into the person's records and matching counts it
		const [need] = await w.db
			.insert(trainingNeeds)
			.values({ personId: self.person.id, occupationCode: 'X-SJLR', what: '学电脑' })
			.returning();
		const own = (mine.json() as EnrolResult).enrolment.id;
		const result = (r: 'completed' | 'not_completed') =>
			call('PUT', `/api/training-courses/${c.id}/enrolments/${own}/result`, w.county, {
				result: r,
			});
		const done = await result('completed');
		expect(done.statusCode).toBe(200);
		expect(done.json().status).toBe('completed');
		const certs = await w.db
			.select()
			.from(personCertificates)
			.where(eq(personCertificates.personId, self.person.id));
		expect(certs.map((x) => [x.kind, x.occupationCode])).toEqual([['computer_basics', 'X-SJLR']]);
		const after = await check();
		expect(after.eligible).toBe(true);
		expect(after.reasons.map((r) => r.code)).toContain('training');
		const [met] = await w.db.select().from(trainingNeeds).where(eq(trainingNeeds.id, need!.id));
		expect(met!.metAt).not.toBeNull();
		const myList = (await call('GET', '/api/me/training', self.auth)).json() as MyTraining;
		expect(myList.items.map((i) => i.enrolment.status)).toEqual(['completed']);

		// a correction to 未结业 takes the certificate and the met need back
		expect((await result('not_completed')).json().status).toBe('not_completed');
		expect(
			await w.db
				.select()
				.from(personCertificates)
				.where(eq(personCertificates.personId, self.person.id)),
		).toHaveLength(0);
		expect((await check()).excluded.map((e) => e.code)).toContain('certificate_missing');
		const [unmet] = await w.db.select().from(trainingNeeds).where(eq(trainingNeeds.id, need!.id));
		expect(unmet!.metAt).toBeNull();
	});

	it('never fills more places than there are under a burst of sign-ups', async () => {
		const w = await world();
		const c = (
			await call('POST', '/api/training-courses', w.county, course({ seats: 2 }))
		).json() as TrainingCourse;
		const people = await Promise.all(Array.from({ length: 8 }, (_, i) => w.seeker(`并发${i}`)));
		const answers = await Promise.all(
			people.map((p) => call('POST', `/api/training-courses/${c.id}/enrolments`, p.auth)),
		);
		const codes = answers.map((a) => a.statusCode).sort();
		expect(codes.filter((s) => s === 201)).toHaveLength(2);
		expect(codes.filter((s) => s === 409)).toHaveLength(6);
		const list = (await call('GET', `/api/training-courses/${c.id}`)).json() as TrainingCourse;
		expect(list.seatsLeft).toBe(0);
	});

	it('lets a seeker withdraw before the end, freeing the place, and not sign up after the start', async () => {
		const w = await world();
		const c = (
			await call('POST', '/api/training-courses', w.county, course({ seats: 1 }))
		).json() as TrainingCourse;
		const a = await w.seeker('孙退出');
		await call('POST', `/api/training-courses/${c.id}/enrolments`, a.auth);
		const out = await call('POST', `/api/training-courses/${c.id}/withdraw`, a.auth);
		expect(out.json().status).toBe('withdrawn');
		const info = (
			await call('GET', `/api/training-courses/${c.id}`, a.auth)
		).json() as TrainingCourse;
		expect(info.seatsLeft).toBe(1);
		expect(info.mine?.status).toBe('withdrawn');

		const started = (
			await call(
				'POST',
				'/api/training-courses',
				w.county,
				course({ startDate: dayAfter(today(), -2) }),
			)
		).json() as TrainingCourse;
		const closed = await call('POST', `/api/training-courses/${started.id}/enrolments`, a.auth);
		expect(closed.statusCode).toBe(422);
		expect(closed.json().detail).toContain('已经开课');
		// staff may still add someone until the last day
		const helped = await call(
			'POST',
			`/api/people/${a.person.id}/training-courses/${started.id}/enrolments`,
			w.county,
		);
		expect(helped.statusCode).toBe(201);
	});
});
