import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { EmploymentHistory } from '@ronghe/contracts';
import {
	annualReviews,
	auditLog,
	employerDisabledEmployees,
	employmentRecords,
	people,
} from '@ronghe/db/schema';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/**
 * 实名制 employment records (issue 15 §2): every change is a new record, the newest is the person's
 * current situation, and no earlier state is ever lost, whoever writes it.
 */
describe('employment history (/api/people/{id}/employment)', () => {
	const t = useApi();

	const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: object) =>
		t.app.inject({
			method,
			url,
			headers: { authorization: auth },
			...(payload ? { payload } : {}),
		});

	async function world() {
		const db = t.handle.db;
		const person = await createPersonRow(db, { fullName: '周记录', townshipCode: '140922100' });
		const seeker = await createUser(db, 'seeker', { personId: person.id });
		const session = async (role: 'township' | 'federation', over = {}) =>
			`Bearer ${await (await createUser(db, role, over)).newSession()}`;
		return {
			db,
			person,
			me: `Bearer ${await seeker.newSession()}`,
			township: await session('township'),
			otherTownship: await session('township', { townshipCode: '140922102' }),
			county: await session('federation'),
		};
	}

	const employed = {
		status: 'employed',
		form: 'quota',
		employerName: '五台县万家福超市有限公司',
		startedOn: '2026-03-01',
		contract: 'labour',
		socialInsurance: true,
	};

	it('keeps every earlier state as staff record changes, and the newest is current', async () => {
		const w = await world();
		const url = `/api/people/${w.person.id}/employment`;
		const first = await call('POST', url, w.township, employed);
		expect(first.statusCode).toBe(201);
		const left = await call('POST', url, w.county, {
			status: 'unemployed',
			unemployedReason: 4,
			incomeSource: 4,
			note: '超市关门了',
		});
		const history = left.json() as EmploymentHistory;
		expect(history.items.map((r) => [r.status, r.formLabel, r.unemployedReasonLabel])).toEqual([
			['unemployed', null, '无就业技能'],
			['employed', '按比例就业', null],
		]);
		// the earlier state is kept exactly as it was recorded
		expect(history.items[1]).toMatchObject({
			employerName: employed.employerName,
			startedOn: '2026-03-01',
			contract: 'labour',
			socialInsurance: true,
			source: 'staff',
		});
		expect(history.current?.incomeSourceLabel).toBe('家庭成员供养');
		// the registry follows the newest record
		const [p] = await w.db.select().from(people).where(eq(people.id, w.person.id));
		expect([p!.employmentStatus, p!.employmentForm, p!.unemployedReason]).toEqual([
			'unemployed',
			null,
			4,
		]);
		const audit = await w.db.select().from(auditLog).where(eq(auditLog.entityId, w.person.id));
		expect(audit.filter((a) => a.action === 'employment.record')).toHaveLength(2);
	});

	it('refuses to change a record, even from inside the database', async () => {
		const w = await world();
		await call('POST', `/api/people/${w.person.id}/employment`, w.county, employed);
		await expect(
			w.db.execute(
				sql`update employment_records set status = 'unemployed' where person_id = ${w.person.id}`,
			),
		).rejects.toThrow();
		const rows = await w.db
			.select()
			.from(employmentRecords)
			.where(eq(employmentRecords.personId, w.person.id));
		expect(rows.map((r) => r.status)).toEqual(['employed']);
	});

	it('answers a wrong change next to its field', async () => {
		const w = await world();
		const url = `/api/people/${w.person.id}/employment`;
		const noForm = await call('POST', url, w.county, { status: 'employed' });
		expect(noForm.statusCode).toBe(400);
		expect(noForm.json().errors).toMatchObject([
			{ pointer: '#/form', detail: '已就业的，请选择就业形式。' },
		]);
		const noReason = await call('POST', url, w.county, { status: 'unemployed' });
		expect(noReason.json().errors).toMatchObject([{ pointer: '#/unemployedReason' }]);
		// another township's staff do not learn that the person exists
		expect((await call('GET', url, w.otherTownship)).statusCode).toBe(404);
		expect((await call('POST', url, w.otherTownship, employed)).statusCode).toBe(404);
	});

	it('records the seeker’s own answer and a hire on the platform, once each', async () => {
		const w = await world();
		const step = {
			employmentStatus: 'unemployed',
			unemployedReason: 3,
		};
		const put = () =>
			t.app.inject({
				method: 'PUT',
				url: '/api/me/profile/employment',
				headers: { authorization: w.me },
				payload: step,
			});
		expect((await put()).statusCode).toBe(200);
		// saving the same answer again adds nothing
		expect((await put()).statusCode).toBe(200);

		const employer = await createEmployer(w.db, { name: '五台县惠民盲人保健按摩店' });
		const hr = await createUser(w.db, 'employer', { employerId: employer.id });
		const hrAuth = `Bearer ${await hr.newSession()}`;
		const posting = await createPosting(w.db, employer.id, { postType: 'blind_health_massage' });
		const applied = await t.app.inject({
			method: 'POST',
			url: `/api/postings/${posting.id}/applications`,
			headers: { authorization: w.me, 'idempotency-key': 'employment-hire-1' },
			payload: {},
		});
		const id = (applied.json() as { id: string }).id;
		for (const status of ['viewed', 'interview', 'hired'])
			await call('POST', `/api/employer/applications/${id}/status`, hrAuth, { status });

		const history = (
			await call('GET', `/api/people/${w.person.id}/employment`, w.county)
		).json() as EmploymentHistory;
		expect(history.items.map((r) => [r.source, r.status, r.form, r.employerName])).toEqual([
			['hire', 'employed', 'concentrated', '五台县惠民盲人保健按摩店'],
			['seeker', 'unemployed', null, ''],
		]);
	});

	it('records the people an approved 年审 roster accepts, once, and not the rejected', async () => {
		const w = await world();
		const other = await createPersonRow(w.db, { fullName: '吴不算' });
		const employer = await createEmployer(w.db, { name: '五台县年审测试有限公司' });
		const row = { employerId: employer.id, year: 2025, certificateKind: 'disability' as const };
		await w.db.insert(employerDisabledEmployees).values([
			{ ...row, personId: w.person.id, level: 3, monthsCounted: 12, insuranceMonths: 12 },
			{ ...row, personId: other.id, level: 2, monthsCounted: 12, reviewDecision: 'rejected' },
		]);
		await w.db
			.update(employerDisabledEmployees)
			.set({ reviewDecision: 'accepted', contractStart: '2025-02-01' })
			.where(eq(employerDisabledEmployees.personId, w.person.id));
		await w.db.insert(annualReviews).values({ ...row, status: 'submitted' });
		const approve = () => call('POST', `/api/annual-reviews/${employer.id}/2025/approve`, w.county);
		expect((await approve()).statusCode).toBe(200);
		expect((await approve()).statusCode).toBe(200);
		const records = (personId: string) =>
			w.db.select().from(employmentRecords).where(eq(employmentRecords.personId, personId));
		expect(await records(w.person.id)).toMatchObject([
			{
				status: 'employed',
				form: 'quota',
				employerId: employer.id,
				employerName: '五台县年审测试有限公司',
				startedOn: '2025-02-01',
				socialInsurance: true,
				source: 'roster',
			},
		]);
		expect(await records(other.id)).toHaveLength(0);
	});
});
