import { describe, expect, it } from 'vitest';
import type { PersonSupport, SelfEmployedList } from '@ronghe/contracts';
import { createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const TOWN_A = '140922100'; // 台城镇
const TOWN_B = '140922105';
/** The county's calendar day (UTC+8), and days from it. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const days = (n: number) =>
	new Date(Date.parse(today()) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * 自主创业 and 居家就业 (issue 15 §6): the people whose current employment record is
 * self-employment, and the support given to them, linked to that record.
 */
describe('self-employment and its support (/api/self-employment)', () => {
	const t = useApi();

	const call = (method: 'GET' | 'POST' | 'DELETE', url: string, auth: string, payload?: object) =>
		t.app.inject({
			method,
			url,
			headers: { authorization: auth },
			...(payload ? { payload } : {}),
		});
	const bearer = async (role: 'federation' | 'township', townshipCode?: string) =>
		`Bearer ${await (await createUser(t.handle.db, role, townshipCode ? { townshipCode } : {})).newSession()}`;
	const support = (personId: string) => `/api/people/${personId}/self-employment-support`;
	const employ = (personId: string, auth: string, form: string, employerName = '') =>
		call('POST', `/api/people/${personId}/employment`, auth, {
			status: 'employed',
			form,
			employerName,
			startedOn: '2025-04-01',
		});

	it('lists a self-employed person with their support total, linked to the current record', async () => {
		const db = t.handle.db;
		const county = await bearer('federation');
		const shop = await createPersonRow(db, { fullName: '岳创业', townshipCode: TOWN_A });
		const recorded = await employ(shop.id, county, 'self_employed', '岳记小卖部');
		expect(recorded.statusCode).toBe(201);
		const recordId = (recorded.json() as { current: { id: string } }).current.id;

		const loan = await call('POST', support(shop.id), county, {
			kind: 'loan',
			amount: 50_000,
			grantedOn: days(-30),
			provider: '县人社局',
		});
		expect(loan.statusCode).toBe(201);
		const place = await call('POST', support(shop.id), county, {
			kind: 'incubator',
			grantedOn: days(-10),
			provider: '五台县创业孵化基地',
		});
		const saved = place.json() as PersonSupport;
		expect(saved.business).toMatchObject({ recordId, employerName: '岳记小卖部' });
		expect(saved.items.map((s) => [s.kindLabel, s.amount, s.employmentRecordId])).toEqual([
			['入驻创业孵化基地', null, recordId],
			['创业贷款（贴息）', 50_000, recordId],
		]);
		expect(saved.totalAmount).toBe(50_000);

		const list = (
			await call('GET', '/api/self-employment?pageSize=100', county)
		).json() as SelfEmployedList;
		const row = list.items.find((p) => p.personId === shop.id);
		expect(row).toMatchObject({
			fullName: '岳创业',
			business: { formLabel: '个体就业（含自主创业）', employerName: '岳记小卖部' },
			support: {
				count: 2,
				totalAmount: 50_000,
				kindLabels: ['创业贷款（贴息）', '入驻创业孵化基地'],
			},
		});

		// a later record in a factory job: no longer self-employed, off the list; new support unlinked
		await employ(shop.id, county, 'concentrated', '五台县福利厂');
		const after = (
			await call('GET', '/api/self-employment?pageSize=100', county)
		).json() as SelfEmployedList;
		expect(after.items.map((p) => p.personId)).not.toContain(shop.id);
		const later = await call('POST', support(shop.id), county, {
			kind: 'training',
			grantedOn: today(),
		});
		expect((later.json() as PersonSupport).items[0]).toMatchObject({
			kind: 'training',
			employmentRecordId: null,
		});
		expect((later.json() as PersonSupport).business).toBeNull();

		// a mistake is removed, and both changes are in the audit log
		const wrong = (later.json() as PersonSupport).items[0]!;
		const removed = await call('DELETE', `${support(shop.id)}/${wrong.id}`, county);
		expect(removed.statusCode).toBe(204);
		const left = (await call('GET', support(shop.id), county)).json() as PersonSupport;
		expect(left.items.map((s) => s.kind)).toEqual(['incubator', 'loan']);
		const again = await call('DELETE', `${support(shop.id)}/${wrong.id}`, county);
		expect(again.statusCode).toBe(404);
	});

	it('shows township staff only their own township, and home-based work counts too', async () => {
		const db = t.handle.db;
		const county = await bearer('federation');
		const mine = await createPersonRow(db, { fullName: '居家甲', townshipCode: TOWN_A });
		const theirs = await createPersonRow(db, { fullName: '居家乙', townshipCode: TOWN_B });
		await employ(mine.id, county, 'flexible', '在家做手工');
		await employ(theirs.id, county, 'flexible', '网店客服');
		const townA = await bearer('township', TOWN_A);

		const seen = (
			await call('GET', '/api/self-employment?pageSize=100', townA)
		).json() as SelfEmployedList;
		const ids = seen.items.map((p) => p.personId);
		expect(ids).toContain(mine.id);
		expect(ids).not.toContain(theirs.id);
		// asking for another township changes nothing for township staff
		const asked = (
			await call('GET', `/api/self-employment?township=${TOWN_B}&pageSize=100`, townA)
		).json() as SelfEmployedList;
		expect(asked.items.map((p) => p.personId)).not.toContain(theirs.id);
		// county staff filter by township
		const countyB = (
			await call('GET', `/api/self-employment?township=${TOWN_B}&pageSize=100`, county)
		).json() as SelfEmployedList;
		expect(countyB.items.map((p) => p.personId)).toEqual(expect.arrayContaining([theirs.id]));
		expect(countyB.items.map((p) => p.personId)).not.toContain(mine.id);

		const body = { kind: 'subsidy', amount: 3000, grantedOn: today() };
		expect((await call('GET', support(theirs.id), townA)).statusCode).toBe(404);
		expect((await call('POST', support(theirs.id), townA, body)).statusCode).toBe(404);
		expect((await call('POST', support(mine.id), townA, body)).statusCode).toBe(201);
	});

	it('answers a negative amount, a future date or an unknown person with a problem', async () => {
		const db = t.handle.db;
		const county = await bearer('federation');
		const p = await createPersonRow(db);
		const negative = await call('POST', support(p.id), county, {
			kind: 'subsidy',
			amount: -1,
			grantedOn: today(),
		});
		expect(negative.statusCode).toBe(400);
		expect(negative.headers['content-type']).toContain('application/problem+json');
		expect(negative.json().errors).toMatchObject([
			{ pointer: '#/amount', detail: '金额不能是负数。' },
		]);
		const future = await call('POST', support(p.id), county, {
			kind: 'subsidy',
			amount: 100,
			grantedOn: days(2),
		});
		expect(future.statusCode).toBe(400);
		expect(future.json().errors).toMatchObject([{ pointer: '#/grantedOn' }]);
		const nobody = await call('POST', support('00000000-0000-4000-8000-000000000000'), county, {
			kind: 'other',
			grantedOn: today(),
		});
		expect(nobody.statusCode).toBe(404);
		expect((await call('GET', support(p.id), county)).json().items).toEqual([]);
	});
});
