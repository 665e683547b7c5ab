import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@ronghe/contracts';
import { auditLog, employerDisabledEmployees, localAverageWages } from '@ronghe/db/schema';
import { createEmployer, createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const idNumber = (seq: number) => {
	const first17 = `14092219900101${String(seq).padStart(3, '0')}`;
	return first17 + idNumberCheckChar(first17);
};
const HALF_YEARS = [245, 245, 245, 245, 245, 245, 255, 255, 255, 255, 255, 255];
const person = (seq: number, over: Record<string, unknown> = {}) => ({
	displayName: `职工${seq}`,
	certificateKind: 'disability',
	certificateNumber: `${idNumber(seq)}43`,
	certificateValidUntil: '2030-12-31',
	contractStart: '2023-01-01',
	contractEnd: '2026-12-31',
	monthlyWage: 3000,
	insuranceMonths: 12,
	monthsCounted: 12,
	...over,
});

describe('annual review (年审)', () => {
	const t = useApi();
	const tokens = {} as Record<'a' | 'b' | 'staff' | 'township', string>;
	const ids = {} as Record<'a' | 'b', string>;
	const names = {} as Record<'a' | 'b', string>;
	let linkedPersonId: string;
	const call = (
		who: keyof typeof tokens,
		method: 'GET' | 'PUT' | 'POST' | 'DELETE',
		url: string,
		payload?: object,
	) =>
		t.app.inject({
			method,
			url,
			...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}),
			headers: { authorization: `Bearer ${tokens[who]}` },
		});

	beforeAll(async () => {
		const { db } = t.handle;
		for (const k of ['a', 'b'] as const) {
			const e = await createEmployer(db, { kind: 'private' });
			ids[k] = e.id;
			names[k] = e.name;
			tokens[k] = await (await createUser(db, 'employer', { employerId: e.id })).newSession();
		}
		tokens.staff = await (await createUser(db, 'federation')).newSession();
		tokens.township = await (await createUser(db, 'township')).newSession();
		await db.insert(localAverageWages).values({
			areaCode: '140922',
			year: 2024,
			averageAnnualWage: '60000.00',
			minimumMonthlyWage: '1880.00',
		});
		linkedPersonId = (
			await createPersonRow(db, { idNumberHash: t.cipher.hash(idNumber(1)), sex: 'male' })
		).id;
	});

	describe('POST /api/employer/quota/{year}/employees', () => {
		it('answers bad fields with a 400 problem and one Chinese message per field', async () => {
			const res = await call(
				'a',
				'POST',
				'/api/employer/quota/2024/employees',
				person(9, {
					displayName: '',
					certificateNumber: '1409221990010100',
					monthsCounted: 13,
				}),
			);
			expect(res.statusCode).toBe(400);
			expect(res.headers['content-type']).toContain('application/problem+json');
			const errors = res.json().errors as { pointer: string; detail: string }[];
			const byField = Object.fromEntries(errors.map((e) => [e.pointer, e.detail]));
			expect(byField['#/displayName']).toBe('请填写姓名。');
			expect(byField['#/certificateNumber']).toContain('残疾人证号应为 20 位');
			expect(byField['#/monthsCounted']).toBe('在岗月数一年最多 12 个月。');
		});

		it('asks for the ID number with a 残疾军人证, and checks the level against the number', async () => {
			const military = await call(
				'a',
				'POST',
				'/api/employer/quota/2024/employees',
				person(9, { certificateKind: 'military', certificateNumber: '军残字第 001 号', level: 2 }),
			);
			expect(military.json().errors).toContainEqual(
				expect.objectContaining({
					pointer: '#/idNumber',
					detail: '残疾军人证请另外填写本人的身份证号码。',
				}),
			);
			const level = await call(
				'a',
				'POST',
				'/api/employer/quota/2024/employees',
				person(9, { level: 2 }),
			);
			expect(level.json().errors[0].detail).toContain('最后一位是等级 3');
		});

		it('stores the number encrypted, masks it, and tells the employer nothing from the registry', async () => {
			const res = await call('a', 'POST', '/api/employer/quota/2024/employees', person(1));
			expect(res.statusCode).toBe(201);
			const body = res.json();
			expect(body).toMatchObject({
				displayName: '职工1',
				level: 3,
				certificateNumberMasked: '140922**************',
				warnings: [],
			});
			expect(body).not.toHaveProperty('inRegistry');
			expect(JSON.stringify(body)).not.toContain(linkedPersonId);
			const [row] = await t.handle.db
				.select()
				.from(employerDisabledEmployees)
				.where(eq(employerDisabledEmployees.id, body.id));
			expect(row!.certificateNumberEnc).not.toContain(idNumber(1));
			expect(t.cipher.decrypt(row!.certificateNumberEnc!)).toBe(`${idNumber(1)}43`);
			expect(row!.personId).toBe(linkedPersonId);
			expect(row!.idNumberMasked).toBe(`140922********${idNumber(1).slice(-4)}`);
			const again = await call('a', 'POST', '/api/employer/quota/2024/employees', person(1));
			expect(again.statusCode).toBe(409);
		});
	});

	describe('the registry match (issue 11 item 7)', () => {
		it('refuses roster rows from an employer staff have not approved, storing nothing', async () => {
			const pending = await createEmployer(t.handle.db, { status: 'pending' });
			const hr = await createUser(t.handle.db, 'employer', { employerId: pending.id });
			const res = await t.app.inject({
				method: 'POST',
				url: '/api/employer/quota/2024/employees',
				payload: person(1),
				headers: { authorization: `Bearer ${await hr.newSession()}` },
			});
			expect(res.statusCode).toBe(422);
			expect(res.headers['content-type']).toContain('application/problem+json');
			expect(res.json()).toMatchObject({ code: 'employer_not_approved' });
			expect(res.json().detail).toContain('还没有通过县残联审核');
			const rows = await t.handle.db
				.select()
				.from(employerDisabledEmployees)
				.where(eq(employerDisabledEmployees.employerId, pending.id));
			expect(rows).toEqual([]);
		});

		it('answers an approved employer the same for a registered and an unregistered number', async () => {
			const add = (seq: number) =>
				call(
					'a',
					'POST',
					'/api/employer/quota/2022/employees',
					person(seq, { displayName: '同一个名字' }),
				);
			// person 1 is in the registry (linkedPersonId), person 7 is not
			const known = await add(1);
			const unknown = await add(7);
			expect([known.statusCode, unknown.statusCode]).toEqual([201, 201]);
			const { id: _k, ...knownBody } = known.json();
			const { id: _u, ...unknownBody } = unknown.json();
			expect(knownBody).toEqual(unknownBody);
			const list = (await call('a', 'GET', '/api/employer/quota/2022/employees')).json();
			const [first, second] = list.items.map(({ id: _id, ...rest }: { id: string }) => rest);
			expect(first).toEqual(second);
			// staff still see which one the registry knows
			const review = await call('staff', 'GET', `/api/annual-reviews/${ids.a}/2022`);
			expect(review.statusCode).toBe(200);
			const byId = Object.fromEntries(
				review.json().employees.map((e: { id: string; inRegistry: boolean }) => [e.id, e]),
			);
			expect(byId[known.json().id]).toMatchObject({ inRegistry: true });
			expect(byId[unknown.json().id]).toMatchObject({ inRegistry: false });
		});
	});

	describe('scope', () => {
		it('keeps one employer out of another employer’s rows', async () => {
			const list = await call('a', 'GET', '/api/employer/quota/2024/employees');
			const id = list.json().items[0].id as string;
			const url = `/api/employer/disabled-employees/${id}`;
			expect((await call('b', 'GET', url)).statusCode).toBe(404);
			expect((await call('b', 'PUT', url, person(1))).statusCode).toBe(404);
			expect((await call('b', 'DELETE', url)).statusCode).toBe(404);
			expect((await call('b', 'GET', '/api/employer/quota/2024/employees')).json().items).toEqual(
				[],
			);
			expect((await call('a', 'GET', url)).statusCode).toBe(200);
		});

		it('keeps the review queue for county staff', async () => {
			expect((await call('a', 'GET', '/api/annual-reviews')).statusCode).toBe(403);
			expect((await call('township', 'GET', '/api/annual-reviews')).statusCode).toBe(403);
			expect((await call('staff', 'GET', '/api/annual-reviews')).statusCode).toBe(200);
		});
	});

	describe('PUT /api/employer/disabled-employees/{id}', () => {
		it('keeps the stored number when the edit leaves it empty, and asks again on a new kind', async () => {
			const created = (
				await call('b', 'POST', '/api/employer/quota/2023/employees', person(5))
			).json();
			const url = `/api/employer/disabled-employees/${created.id}`;
			const { certificateNumber: _n, ...withoutNumber } = person(5, { monthlyWage: 3200 });
			const res = await call('b', 'PUT', url, withoutNumber);
			expect(res.statusCode).toBe(200);
			expect(res.json()).toMatchObject({
				monthlyWage: 3200,
				level: 3,
				certificateNumberMasked: '140922**************',
			});
			const [row] = await t.handle.db
				.select()
				.from(employerDisabledEmployees)
				.where(eq(employerDisabledEmployees.id, created.id));
			expect(t.cipher.decrypt(row!.certificateNumberEnc!)).toBe(`${idNumber(5)}43`);
			const kind = await call('b', 'PUT', url, {
				...withoutNumber,
				certificateKind: 'military',
				level: 2,
			});
			expect(kind.statusCode).toBe(400);
			expect(kind.json().errors[0]).toMatchObject({
				pointer: '#/certificateNumber',
				detail: '换了证件类型，请重新填写证号。',
			});
		});
	});

	describe('returned reviews', () => {
		it('lets the employer change a returned roster and submit it again, to be decided again', async () => {
			await call('b', 'POST', '/api/employer/quota/2023/review');
			const detail = (await call('staff', 'GET', `/api/annual-reviews/${ids.b}/2023`)).json();
			const id = detail.employees[0].id as string;
			await call('staff', 'POST', `/api/annual-reviews/${ids.b}/2023/employees/${id}/decision`, {
				decision: 'accepted',
			});
			const tooShort = await call('staff', 'POST', `/api/annual-reviews/${ids.b}/2023/return`, {
				reason: '',
			});
			expect(tooShort.statusCode).toBe(400);
			expect(tooShort.json().errors[0].detail).toBe('请写明退回的原因，单位会看到。');
			const returned = await call('staff', 'POST', `/api/annual-reviews/${ids.b}/2023/return`, {
				reason: '请补上劳动合同结束日期',
			});
			expect(returned.json()).toMatchObject({ status: 'returned' });
			// deciding a returned review is refused
			const late = await call(
				'staff',
				'POST',
				`/api/annual-reviews/${ids.b}/2023/employees/${id}/decision`,
				{ decision: 'rejected' },
			);
			expect(late.statusCode).toBe(422);
			const own = (await call('b', 'GET', '/api/employer/quota/2023/employees')).json();
			expect(own.review).toMatchObject({
				status: 'returned',
				returnReason: '请补上劳动合同结束日期',
				editable: true,
			});
			const { certificateNumber: _n, ...edit } = person(5, { contractEnd: '2027-06-30' });
			expect(
				(await call('b', 'PUT', `/api/employer/disabled-employees/${id}`, edit)).json(),
			).toMatchObject({ reviewDecision: 'pending', contractEnd: '2027-06-30' });
			const again = await call('b', 'POST', '/api/employer/quota/2023/review');
			expect(again.json().review).toMatchObject({ status: 'submitted', returnReason: '' });
		});

		it('finds no review of an employer-year that has none, and no person of another employer', async () => {
			const none = await call('staff', 'GET', `/api/annual-reviews/${ids.a}/2019`);
			expect(none.statusCode).toBe(404);
			const detail = (await call('staff', 'GET', `/api/annual-reviews/${ids.b}/2023`)).json();
			const foreign = await call(
				'staff',
				'POST',
				`/api/annual-reviews/${ids.a}/2023/employees/${detail.employees[0].id}/unmask`,
			);
			expect(foreign.statusCode).toBe(404);
		});
	});

	describe('submit, flags, decisions and the levy', () => {
		beforeAll(async () => {
			// employer A: case A figures; a second person, and a low wage one
			await call('a', 'PUT', '/api/employer/quota/2024', {
				monthlyStaff: HALF_YEARS,
				wageBill: 16_250_000,
			});
			await call('a', 'POST', '/api/employer/quota/2024/employees', person(2));
			// employer B claims person 1 from July 2024: overlapping months with A
			await call(
				'b',
				'POST',
				'/api/employer/quota/2024/employees',
				person(1, { contractStart: '2024-07-01', monthsCounted: 6, insuranceMonths: 6 }),
			);
		});

		it('submits once however often it is sent, and then locks the roster', async () => {
			const first = await call('a', 'POST', '/api/employer/quota/2024/review');
			expect(first.statusCode).toBe(200);
			expect(first.json().review).toMatchObject({ status: 'submitted', editable: false });
			const second = await call('a', 'POST', '/api/employer/quota/2024/review');
			expect(second.json().review.submittedAt).toBe(first.json().review.submittedAt);
			const audits = await t.handle.db
				.select()
				.from(auditLog)
				.where(
					and(eq(auditLog.action, 'annual_review.submit'), eq(auditLog.entityId, `${ids.a}/2024`)),
				);
			expect(audits).toHaveLength(1);
			const blocked = await call('a', 'POST', '/api/employer/quota/2024/employees', person(3));
			expect(blocked.statusCode).toBe(422);
			expect(blocked.json().detail).toContain('已经提交，正在等待审核');
		});

		it('flags the same person at two employers in overlapping months, naming the other employer to staff only', async () => {
			const res = await call('staff', 'GET', `/api/annual-reviews/${ids.a}/2024`);
			expect(res.statusCode).toBe(200);
			const one = res
				.json()
				.employees.find((e: { displayName: string }) => e.displayName === '职工1');
			expect(one.flags).toContainEqual(expect.stringContaining(`“${names.b}”`));
			expect(one.flags[0]).toContain('7 月到 12 月重叠');
			const two = res
				.json()
				.employees.find((e: { displayName: string }) => e.displayName === '职工2');
			expect(two.flags).toEqual([]);
			const own = await call('a', 'GET', '/api/employer/quota/2024/employees');
			expect(JSON.stringify(own.json())).not.toContain(names.b);
		});

		it('refuses approval while people are undecided', async () => {
			const res = await call('staff', 'POST', `/api/annual-reviews/${ids.a}/2024/approve`);
			expect(res.statusCode).toBe(422);
			expect(res.json().detail).toContain('还有 2 位没有决定');
		});

		it('counts only accepted people in the levy once approved', async () => {
			const before = (await call('a', 'GET', '/api/employer/quota/2024')).json();
			expect(before.estimate.countedDisabled).toBe(2);
			expect(before.notes[0]).toContain('还没有审核通过');
			const detail = (await call('staff', 'GET', `/api/annual-reviews/${ids.a}/2024`)).json();
			for (const e of detail.employees as { id: string; displayName: string }[]) {
				const decision = e.displayName === '职工1' ? 'rejected' : 'accepted';
				const r = await call(
					'staff',
					'POST',
					`/api/annual-reviews/${ids.a}/2024/employees/${e.id}/decision`,
					{ decision, note: decision === 'rejected' ? '同时在另一单位参保，不算' : '' },
				);
				expect(r.statusCode).toBe(200);
			}
			const approved = await call('staff', 'POST', `/api/annual-reviews/${ids.a}/2024/approve`);
			expect(approved.json()).toMatchObject({ status: 'approved', pending: 0 });
			const after = (await call('a', 'GET', '/api/employer/quota/2024')).json();
			expect(after.reviewStatus).toBe('approved');
			expect(after.notes[0]).toContain('只算审核通过的人');
			// 1 counted of 3.75 required: 2.75 × 65,000 × 90 %
			expect(after.estimate).toMatchObject({
				countedDisabled: 1,
				shortfall: 2.75,
				levyDue: 160_875,
			});
			const rejected = after.employees.find(
				(e: { displayName: string }) => e.displayName === '职工1',
			);
			expect(rejected).toMatchObject({ counts: false });
			expect(rejected.warnings[0]).toBe('年审没有通过这一位，不算：同时在另一单位参保，不算');
			// the bureau's overview (and so the disclosure) uses the same approved roster
			const overview = await call('staff', 'GET', '/api/quota/overview?year=2024&pageSize=100');
			const row = overview
				.json()
				.list.items.find((r: { employerId: string }) => r.employerId === ids.a);
			expect(row).toMatchObject({ placedCount: 1, shortfall: 2.75, levyDue: 160_875 });
		});

		it('audits the unmasked number and the 联网认证 export, in the declaration’s column order', async () => {
			const detail = (await call('staff', 'GET', `/api/annual-reviews/${ids.a}/2024`)).json();
			const id = detail.employees[0].id as string;
			const unmask = await call(
				'staff',
				'POST',
				`/api/annual-reviews/${ids.a}/2024/employees/${id}/unmask`,
			);
			expect(unmask.json().certificateNumber).toMatch(/^\d{17}[\dX]43$/);
			const file = await call('staff', 'GET', `/api/annual-reviews/export?year=2024`);
			expect(file.statusCode).toBe(200);
			expect(file.headers['content-type']).toContain('spreadsheetml');
			const wb = new ExcelJS.Workbook();
			await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
			const ws = wb.worksheets[0]!;
			expect((ws.getRow(1).values as unknown[]).slice(1, 7)).toEqual([
				'序号',
				'单位名称',
				'统一社会信用代码',
				'姓名',
				'性别',
				'残疾人证号（或残疾军人证号）',
			]);
			// only the accepted person of the approved review; B's review is not approved
			expect(ws.rowCount).toBe(2);
			expect(ws.getRow(2).getCell(4).value).toBe('职工2');
			expect(ws.getRow(2).getCell(6).value).toBe(`${idNumber(2)}43`);
			// one employer only: B has no approved review, so only the header row
			const onlyB = await call(
				'staff',
				'GET',
				`/api/annual-reviews/export?year=2024&employerId=${ids.b}`,
			);
			const wbB = new ExcelJS.Workbook();
			await wbB.xlsx.load(onlyB.rawPayload as unknown as ArrayBuffer);
			expect(wbB.worksheets[0]!.rowCount).toBe(1);
			const actions = (await t.handle.db.select().from(auditLog)).map((a) => a.action);
			expect(actions).toEqual(
				expect.arrayContaining(['annual_review.unmask', 'annual_review.export']),
			);
		});
	});
});
