import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Graduate, GraduateList, Referral, ReferralList } from '@ronghe/contracts';
import { trainingCourses, trainingEnrolments } from '@ronghe/db/schema';
import { createEmployer, createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const A = '140922100';
const B = '140922102';

/**
 * 转介 and the 残疾人大学生 list (issue 15 §3): a referral is followed to an outcome through a
 * history that keeps every step and who wrote it; a referral that succeeds at an employer can
 * record the person's employment; township staff stay within their township.
 */
describe('referrals and the graduates list (/api/referrals, /api/graduates)', () => {
	const t = useApi();

	const call = (
		method: 'GET' | 'POST' | 'PUT' | 'DELETE',
		url: string,
		auth: string,
		payload?: object,
	) =>
		t.app.inject({
			method,
			url,
			headers: { authorization: auth },
			...(payload ? { payload } : {}),
		});

	async function world() {
		const db = t.handle.db;
		const session = async (role: 'township' | 'bureau', over = {}) => {
			const u = await createUser(db, role, over);
			return { auth: `Bearer ${await u.newSession()}`, name: u.user.displayName };
		};
		return {
			db,
			person: await createPersonRow(db, { fullName: '韩转介', townshipCode: A }),
			employer: await createEmployer(db, { name: '五台县惠民超市', townshipCode: A }),
			township: await session('township', { townshipCode: A }),
			otherTownship: await session('township', { townshipCode: B }),
			county: await session('bureau'),
		};
	}

	const toEmployer = (personId: string, employerId: string) => ({
		personId,
		fromKind: 'special_school',
		fromName: '五台县特殊教育学校',
		toKind: 'employer',
		employerId,
		reason: '学过收银，想在超市工作',
	});

	it('follows a referral from open to in progress to succeeded, keeping every step and who', async () => {
		const w = await world();
		const made = await call('POST', '/api/referrals', w.township.auth, {
			...toEmployer(w.person.id, w.employer.id),
		});
		expect(made.statusCode).toBe(201);
		const r = made.json() as Referral;
		// the name comes from the employer linked
		expect(r).toMatchObject({ toName: '五台县惠民超市', status: 'open', closed: false });

		// the same person to the same employer again, while that one is open: refused, named
		const twice = await call('POST', '/api/referrals', w.county.auth, {
			...toEmployer(w.person.id, w.employer.id),
		});
		expect(twice.statusCode).toBe(409);
		expect(twice.json()).toMatchObject({ code: 'referral_open', referralId: r.id });
		expect(twice.json().detail).toContain('五台县惠民超市');

		const step = (auth: string, payload: object) =>
			call('POST', `/api/referrals/${r.id}/updates`, auth, payload);
		expect(
			(await step(w.county.auth, { status: 'in_progress', note: '约好下周一面试' })).statusCode,
		).toBe(200);
		const done = await step(w.township.auth, { status: 'succeeded', note: '录用为收银员' });
		expect(done.statusCode).toBe(200);
		expect(done.json().effects).toEqual([]);

		const got = (await call('GET', `/api/referrals/${r.id}`, w.township.auth)).json() as Referral;
		expect(got).toMatchObject({ status: 'succeeded', closed: true, outcomeNote: '录用为收银员' });
		expect(got.closedAt).not.toBeNull();
		expect(got.updates.map((u) => [u.status, u.note, u.byName])).toEqual([
			['open', '学过收银，想在超市工作', w.township.name],
			['in_progress', '约好下周一面试', w.county.name],
			['succeeded', '录用为收银员', w.township.name],
		]);

		// closed: no more updates; the list shows it under 已结束, not 进行中
		const again = await step(w.county.auth, { status: 'in_progress', note: '再联系' });
		expect(again.statusCode).toBe(409);
		expect(again.json().code).toBe('referral_closed');
		const open = (await call('GET', '/api/referrals', w.township.auth)).json() as ReferralList;
		expect(open.items.map((i) => i.id)).not.toContain(r.id);
		const closed = (
			await call('GET', '/api/referrals?status=closed&to=employer', w.township.auth)
		).json() as ReferralList;
		expect(closed.items.map((i) => [i.id, i.statusLabel])).toContainEqual([r.id, '成功']);
		expect(
			(await call('GET', `/api/referrals/${r.id}`, w.township.auth)).json().updates,
		).toHaveLength(3);
	});

	it('records the person as employed at the employer when a referral there succeeds', async () => {
		const w = await world();
		const r = (
			await call('POST', '/api/referrals', w.county.auth, toEmployer(w.person.id, w.employer.id))
		).json() as Referral;
		// only a success can record employment
		const early = await call('POST', `/api/referrals/${r.id}/updates`, w.county.auth, {
			status: 'in_progress',
			recordEmployment: true,
		});
		expect(early.statusCode).toBe(400);
		expect(early.json().errors).toMatchObject([{ pointer: '#/recordEmployment' }]);

		const ok = await call('POST', `/api/referrals/${r.id}/updates`, w.county.auth, {
			status: 'succeeded',
			note: '签了劳动合同',
			recordEmployment: true,
			form: 'concentrated',
		});
		expect(ok.statusCode).toBe(200);
		expect(ok.json().effects).toMatchObject([{ kind: 'employment_recorded' }]);
		const history = (
			await call('GET', `/api/people/${w.person.id}/employment`, w.county.auth)
		).json();
		expect(history.current).toMatchObject({
			status: 'employed',
			form: 'concentrated',
			employerName: '五台县惠民超市',
			source: 'staff',
		});
	});

	it('signs the person up for the course when a referral to it succeeds', async () => {
		const w = await world();
		const start = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
		const [course] = await w.db
			.insert(trainingCourses)
			.values({
				title: '收银员培训',
				provider: '县残联',
				townshipCode: A,
				startDate: start,
				endDate: start,
				seats: 10,
			})
			.returning();
		const r = (
			await call('POST', '/api/referrals', w.township.auth, {
				...toEmployer(w.person.id, w.employer.id),
				fromKind: 'training_provider',
				toKind: 'course',
				courseId: course!.id,
			})
		).json() as Referral;
		expect(r).toMatchObject({ toName: '收银员培训', employerId: null, courseId: course!.id });
		const ok = await call('POST', `/api/referrals/${r.id}/updates`, w.township.auth, {
			status: 'succeeded',
		});
		expect(ok.json().effects).toEqual([{ kind: 'enrolled', detail: '收银员培训' }]);
		const enrolled = await w.db
			.select()
			.from(trainingEnrolments)
			.where(eq(trainingEnrolments.courseId, course!.id));
		expect(enrolled.map((e) => [e.personId, e.via])).toEqual([[w.person.id, 'staff']]);
	});

	it('keeps township staff to their own township’s people', async () => {
		const w = await world();
		const body = toEmployer(w.person.id, w.employer.id);
		const foreign = await call('POST', '/api/referrals', w.otherTownship.auth, body);
		expect(foreign.statusCode).toBe(404);
		const r = (await call('POST', '/api/referrals', w.township.auth, body)).json() as Referral;
		for (const url of [`/api/referrals/${r.id}`, `/api/people/${w.person.id}/referrals`])
			expect((await call('GET', url, w.otherTownship.auth)).statusCode).toBe(404);
		const theirs = (
			await call('GET', '/api/referrals?status=all', w.otherTownship.auth)
		).json() as ReferralList;
		expect(theirs.items.map((i) => i.id)).not.toContain(r.id);
		const update = await call('POST', `/api/referrals/${r.id}/updates`, w.otherTownship.auth, {
			status: 'withdrawn',
			note: '不是我们乡镇的',
		});
		expect(update.statusCode).toBe(404);
		const mine = (
			await call('GET', `/api/people/${w.person.id}/referrals`, w.township.auth)
		).json();
		expect(mine.items).toMatchObject([{ id: r.id, status: 'open' }]);
	});

	it('answers an unknown employer or course next to its field, and an unknown person with 404', async () => {
		const w = await world();
		const noEmployer = await call('POST', '/api/referrals', w.county.auth, {
			...toEmployer(w.person.id, randomUUID()),
		});
		expect(noEmployer.statusCode).toBe(400);
		expect(noEmployer.json().errors).toMatchObject([{ pointer: '#/employerId' }]);
		const noCourse = await call('POST', '/api/referrals', w.county.auth, {
			...toEmployer(w.person.id, w.employer.id),
			toKind: 'course',
			courseId: randomUUID(),
		});
		expect(noCourse.statusCode).toBe(400);
		expect(noCourse.json().errors).toMatchObject([{ pointer: '#/courseId' }]);
		const nobody = await call('POST', '/api/referrals', w.county.auth, {
			...toEmployer(randomUUID(), w.employer.id),
		});
		expect(nobody.statusCode).toBe(404);
		// a service needs its name
		const unnamed = await call('POST', '/api/referrals', w.county.auth, {
			...toEmployer(w.person.id, w.employer.id),
			toKind: 'service',
		});
		expect(unnamed.json().errors).toMatchObject([{ pointer: '#/toName' }]);
	});

	it('lists graduates newest year first, those not in work first, one entry per person', async () => {
		const w = await world();
		const db = w.db;
		const add = async (fullName: string, graduationYear: number) => {
			const p = await createPersonRow(db, { fullName, townshipCode: A });
			const res = await call('POST', '/api/graduates', w.county.auth, {
				personId: p.id,
				school: '山西大学',
				major: '会计学',
				degree: 'bachelor',
				graduationYear,
			});
			expect(res.statusCode).toBe(201);
			return { person: p, graduate: res.json() as Graduate };
		};
		const working = await add('甲已就业', 2025);
		const waiting = await add('乙未就业', 2025);
		await add('丙前年', 2023);
		const record = await call(
			'POST',
			`/api/people/${working.person.id}/employment`,
			w.county.auth,
			{
				status: 'employed',
				form: 'quota',
				employerName: '五台县惠民超市',
			},
		);
		expect(record.statusCode).toBe(201);
		await call(
			'POST',
			'/api/referrals',
			w.county.auth,
			toEmployer(waiting.person.id, w.employer.id),
		);

		const list = (await call('GET', '/api/graduates', w.township.auth)).json() as GraduateList;
		expect(list.items.map((g) => [g.personName, g.graduationYear, g.employmentLabel])).toEqual([
			['乙未就业', 2025, '未就业'],
			['甲已就业', 2025, '已就业'],
			['丙前年', 2023, '未就业'],
		]);
		expect(list.items[0]!.openReferrals).toBe(1);
		expect(list.years).toEqual([2025, 2023]);
		const unemployed2025 = (
			await call('GET', '/api/graduates?year=2025&status=unemployed', w.county.auth)
		).json() as GraduateList;
		expect(unemployed2025.items.map((g) => g.personName)).toEqual(['乙未就业']);

		// a second entry for the same person is refused and names the first
		const second = await call('POST', '/api/graduates', w.county.auth, {
			personId: waiting.person.id,
			school: '太原理工大学',
			degree: 'master',
			graduationYear: 2027,
		});
		expect(second.statusCode).toBe(409);
		expect(second.json()).toMatchObject({
			code: 'graduate_exists',
			graduateId: waiting.graduate.id,
		});
		// a year after next is refused next to the field
		const late = await call('PUT', `/api/graduates/${waiting.graduate.id}`, w.county.auth, {
			school: '山西大学',
			degree: 'bachelor',
			graduationYear: new Date().getFullYear() + 3,
		});
		expect(late.json().errors).toMatchObject([{ pointer: '#/graduationYear' }]);
		// other townships neither see nor remove it; the county removes it
		const gone = `/api/graduates/${waiting.graduate.id}`;
		expect((await call('DELETE', gone, w.otherTownship.auth)).statusCode).toBe(404);
		expect((await call('DELETE', gone, w.county.auth)).statusCode).toBe(204);
		expect((await call('GET', gone, w.county.auth)).statusCode).toBe(404);
	});
});
