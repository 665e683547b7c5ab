import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	auditLog,
	employerDisabledEmployees,
	employerLevyYears,
	localAverageWages,
} from '@ronghe/db/schema';
import { createEmployer, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const YEAR = 2024;
let clock = new Date('2025-06-01T08:00:00+08:00');
const DAY = 86_400_000;

describe('public disclosure (公示) and objections', () => {
	const t = useApi({ now: () => clock });
	let staff: string;
	let employerToken: string;
	let firmId: string;
	let otherId: string;
	const auth = (token: string) => ({ authorization: `Bearer ${token}` });
	const objection = (over: object = {}) => ({
		submitterName: '赵先生',
		contact: '13800001111',
		employerId: firmId,
		body: '这个单位的残疾职工其实早就离职了。',
		idempotencyKey: 'objection-key-0000000001',
		...over,
	});
	const file = (payload: object, year = YEAR) =>
		t.app.inject({ method: 'POST', url: `/api/quota/disclosures/${year}/objections`, payload });

	beforeAll(async () => {
		const { db } = t.handle;
		staff = await (await createUser(db, 'federation')).newSession();
		const firm = await createEmployer(db, { name: '甲公司', kind: 'private' });
		const other = await createEmployer(db, { name: '乙机关', kind: 'agency', authorizedStaff: 30 });
		firmId = firm.id;
		otherId = other.id;
		employerToken = await (await createUser(db, 'employer', { employerId: firm.id })).newSession();
		await db.insert(localAverageWages).values({
			areaCode: '140922',
			year: YEAR,
			averageAnnualWage: '60000.00',
			minimumMonthlyWage: '1880.00',
		});
		await db.insert(employerLevyYears).values([
			{ employerId: firm.id, year: YEAR, averageStaff: '100.00', wageBill: '6000000.00' },
			{ employerId: other.id, year: YEAR, averageStaff: '30.00', wageBill: '1500000.00' },
		]);
		await db.insert(employerDisabledEmployees).values({
			employerId: firm.id,
			year: YEAR,
			displayName: '张三丰',
			certificateKind: 'disability',
			level: 3,
			monthsCounted: 12,
			certificateValidUntil: '2030-12-31',
			contractStart: '2023-01-01',
			contractEnd: '2026-12-31',
			monthlyWage: '3000.00',
			insuranceMonths: 12,
			idNumberMasked: '1409**********1234',
		});
	});

	it('answers 404 for a year that is not published', async () => {
		const res = await t.app.inject({ method: 'GET', url: `/api/quota/disclosures/${YEAR}` });
		expect(res.statusCode).toBe(404);
		expect((await file(objection())).statusCode).toBe(404);
	});

	it('previews, refuses to publish without the confirmation, then publishes once', async () => {
		const preview = await t.app.inject({
			method: 'GET',
			url: `/api/quota/disclosures/${YEAR}/preview`,
			headers: auth(staff),
		});
		expect(preview.json()).toMatchObject({ published: null, objectionDays: 7 });
		expect(preview.json().rows).toHaveLength(2);

		const publish = (payload: object) =>
			t.app.inject({
				method: 'POST',
				url: `/api/quota/disclosures/${YEAR}/publish`,
				headers: auth(staff),
				payload,
			});
		const unconfirmed = await publish({});
		expect(unconfirmed.statusCode).toBe(400);
		expect(unconfirmed.json().errors[0]).toMatchObject({ pointer: '#/confirm' });
		expect(unconfirmed.json().errors[0].detail).toContain('我已核对名单');

		const first = await publish({ confirm: true });
		expect(first.statusCode).toBe(201);
		clock = new Date(clock.getTime() + 60_000);
		const retried = await publish({ confirm: true });
		expect(retried.statusCode).toBe(200);
		expect(retried.json().publishedAt).toBe(first.json().publishedAt);
		const audits = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'quota.disclosure_publish'));
		expect(audits).toHaveLength(1);
	});

	it('shows the list to anyone, with unit figures and no personal fields', async () => {
		const res = await t.app.inject({ method: 'GET', url: `/api/quota/disclosures/${YEAR}` });
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body).toMatchObject({ year: YEAR, objectionDays: 7, open: true });
		expect(new Date(body.closesAt).getTime() - new Date(body.publishedAt).getTime()).toBe(7 * DAY);
		for (const row of body.rows)
			expect(Object.keys(row).sort()).toEqual(
				[
					'employerId',
					'employerKind',
					'employerName',
					'placedCount',
					'requiredCount',
					'shortfall',
				].sort(),
			);
		expect(body.rows).toContainEqual(
			expect.objectContaining({
				employerName: '甲公司',
				requiredCount: 1.5,
				placedCount: 1,
				shortfall: 0.5,
			}),
		);
		expect(res.body).not.toContain('张三丰');
		expect(res.body).not.toContain('1234');
		const list = (await t.app.inject({ method: 'GET', url: '/api/quota/disclosures' })).json();
		expect(list.items).toEqual([expect.objectContaining({ year: YEAR, employers: 2, open: true })]);
	});

	it('takes an objection once per idempotency key', async () => {
		const first = await file(objection());
		expect(first.statusCode).toBe(201);
		expect(first.json()).toMatchObject({ year: YEAR, employerName: '甲公司' });
		const again = await file(objection());
		expect(again.statusCode).toBe(200);
		expect(again.json().id).toBe(first.json().id);
	});

	it('slows down one address that files objection after objection (429), not others', async () => {
		const from = (address: string, i: number) =>
			t.app.inject({
				method: 'POST',
				url: `/api/quota/disclosures/${YEAR}/objections`,
				headers: { 'x-forwarded-for': address },
				payload: objection({
					idempotencyKey: `objection-flood-${address.replaceAll('.', '-')}-${String(i).padStart(4, '0')}`,
				}),
			});
		const statuses: number[] = [];
		for (let i = 0; i < 21; i++) statuses.push((await from('10.8.8.8', i)).statusCode);
		expect(statuses.slice(0, 20)).toEqual(Array(20).fill(201));
		expect(statuses[20]).toBe(429);
		expect((await from('10.8.8.9', 0)).statusCode).toBe(201);
	});

	it('names the fields of a bad objection in Chinese', async () => {
		const res = await file(
			objection({
				submitterName: ' ',
				employerId: 'x',
				idempotencyKey: 'objection-key-0000000002',
			}),
		);
		expect(res.statusCode).toBe(400);
		const errors = res.json().errors as { pointer: string; detail: string }[];
		expect(errors.map((e) => e.pointer)).toEqual(
			expect.arrayContaining(['#/submitterName', '#/employerId']),
		);
		expect(errors.find((e) => e.pointer === '#/submitterName')?.detail).toBe('请填写您的姓名。');
		const outside = await file(
			objection({ employerId: crypto.randomUUID(), idempotencyKey: 'objection-key-0000000003' }),
		);
		expect(outside.statusCode).toBe(400);
		expect(outside.json().errors[0]).toMatchObject({ pointer: '#/employerId' });
	});

	it('lets staff list and answer objections, and keeps employers out', async () => {
		const denied = await t.app.inject({
			method: 'GET',
			url: '/api/quota/objections',
			headers: auth(employerToken),
		});
		expect(denied.statusCode).toBe(403);
		const list = await t.app.inject({
			method: 'GET',
			url: '/api/quota/objections?status=open',
			headers: auth(staff),
		});
		const [item] = list.json().items;
		expect(item).toMatchObject({ employerName: '甲公司', status: 'open', submitterName: '赵先生' });
		const empty = await t.app.inject({
			method: 'POST',
			url: `/api/quota/objections/${item.id}/answer`,
			headers: auth(staff),
			payload: { response: '' },
		});
		expect(empty.statusCode).toBe(400);
		expect(empty.json().errors[0].detail).toBe('请填写答复内容。');
		const answered = await t.app.inject({
			method: 'POST',
			url: `/api/quota/objections/${item.id}/answer`,
			headers: auth(staff),
			payload: { response: '已核实：该职工 2024 年全年在岗，社保记录齐全。' },
		});
		expect(answered.statusCode).toBe(200);
		expect(answered.json()).toMatchObject({ status: 'answered' });
		expect(answered.json().handledAt).not.toBeNull();
	});

	it('refuses objections after the window with a clear 422', async () => {
		clock = new Date(clock.getTime() + 8 * DAY);
		const res = await file(
			objection({ employerId: otherId, idempotencyKey: 'objection-key-0000000004' }),
		);
		expect(res.statusCode).toBe(422);
		expect(res.json()).toMatchObject({ code: 'objection_window_closed' });
		expect(res.json().detail).toMatch(/异议期已经在 2025 年 6 月 8 日 \d\d:\d\d 结束/);
		const shown = (
			await t.app.inject({ method: 'GET', url: `/api/quota/disclosures/${YEAR}` })
		).json();
		expect(shown.open).toBe(false);
	});
});
