import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar, MY_DATA_SECTIONS, type PriorityRecords } from '@ronghe/contracts';
import {
	auditLog,
	personCertificates,
	personFamilyMembers,
	personPriorityStatuses,
} from '@ronghe/db/schema';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const A = '140922100';
const B = '140922105';
const familyId = (n: number) => {
	const first17 = `14092219700101${String(n).padStart(3, '0')}`;
	return `${first17}${idNumberCheckChar(first17)}`;
};

describe('priority statuses, family members and certificates', () => {
	const t = useApi();
	let personId = '';
	let seeker = '';
	let townA = '';
	let townB = '';
	let county = '';
	let urbanPost = '';
	let seekerPassword = '';
	beforeAll(async () => {
		const db = t.handle.db;
		const person = await createPersonRow(db, { townshipCode: A });
		personId = person.id;
		const auth = async (u: Awaited<ReturnType<typeof createUser>>) =>
			`Bearer ${await u.newSession()}`;
		const seekerUser = await createUser(db, 'seeker', { personId });
		seekerPassword = seekerUser.password;
		seeker = await auth(seekerUser);
		townA = await auth(await createUser(db, 'township', { townshipCode: A }));
		townB = await auth(await createUser(db, 'township', { townshipCode: B }));
		county = await auth(await createUser(db, 'federation'));
		const employer = await createEmployer(db);
		urbanPost = (
			await createPosting(db, employer.id, {
				postType: 'public_welfare',
				publicWelfareKind: 'urban',
			})
		).id;
	});
	const call = (method: 'GET' | 'POST' | 'DELETE', url: string, who: string, payload?: object) =>
		t.app.inject({ method, url, headers: { authorization: who }, ...(payload ? { payload } : {}) });
	const excluded = async () =>
		(await call('GET', `/api/me/recommendations/${urbanPost}`, seeker))
			.json()
			.excluded.map((e: { code: string }) => e.code) as string[];

	it('waits for staff when the seeker enters a status, and matching counts it only once confirmed', async () => {
		expect(await excluded()).toContain('public_welfare_ineligible');
		const res = await call('POST', '/api/me/priority/statuses', seeker, {
			kind: 'employment_difficulty',
			documentNumber: '就困字2026-031',
			documentDate: '2026-03-01',
		});
		expect(res.statusCode).toBe(201);
		const mine = res.json() as PriorityRecords;
		expect(mine.statuses).toMatchObject([
			{
				kind: 'employment_difficulty',
				kindName: '就业困难人员认定',
				state: 'pending',
				stateName: '待核实',
				enteredBy: 'self',
			},
		]);
		// a status waiting for staff does not count for the urban 公益性岗位 rule
		expect(await excluded()).toContain('public_welfare_ineligible');

		// staff of another township neither see it waiting nor may decide it
		const elsewhere = (await call('GET', '/api/priority/pending', townB)).json();
		expect(elsewhere.items.map((i: { personId: string }) => i.personId)).not.toContain(personId);
		const id = mine.statuses[0]!.id;
		const url = `/api/people/${personId}/priority/statuses/${id}/decision`;
		expect((await call('POST', url, townB, { decision: 'confirm' })).statusCode).toBe(404);

		// staff of the seeker's township see it in their queue and on their home page
		const here = (await call('GET', '/api/priority/pending', townA)).json();
		expect(here.items).toContainEqual(
			expect.objectContaining({ entry: 'status', id, personId, what: '就业困难人员认定' }),
		);
		expect((await call('GET', '/api/home/staff', townA)).json().verifications.count).toBe(
			here.total,
		);

		const ok = await call('POST', url, townA, { decision: 'confirm' });
		expect(ok.statusCode).toBe(200);
		const seen = (await call('GET', '/api/me/priority', seeker)).json() as PriorityRecords;
		expect(seen.statuses[0]).toMatchObject({ state: 'confirmed', stateName: '已核实' });
		expect(await excluded()).not.toContain('public_welfare_ineligible');

		// decided once: a second decision is refused with a plain reason
		const again = await call('POST', url, townA, { decision: 'refuse', reason: '材料不全' });
		expect(again.statusCode).toBe(409);
		expect(again.json().detail).toContain('已经核实过了');

		const [entry] = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'priority.decide'), eq(auditLog.entityId, personId)));
		expect(entry!.detail).toMatchObject({ kind: 'employment_difficulty', decision: 'confirmed' });
	});

	it('refuses with a reason the seeker reads, and asks for one', async () => {
		const res = await call('POST', '/api/me/priority/statuses', seeker, { kind: 'minimum_living' });
		const id = (res.json() as PriorityRecords).statuses.find(
			(s) => s.kind === 'minimum_living',
		)!.id;
		const url = `/api/people/${personId}/priority/statuses/${id}/decision`;
		const bare = await call('POST', url, county, { decision: 'refuse' });
		expect(bare.statusCode).toBe(400);
		expect(bare.json().errors).toContainEqual(
			expect.objectContaining({
				pointer: '#/reason',
				detail: '不通过时请写明原因，求职者会看到。',
			}),
		);
		expect(
			(await call('POST', url, county, { decision: 'refuse', reason: '低保证明已过期' }))
				.statusCode,
		).toBe(200);
		const seen = (await call('GET', '/api/me/priority', seeker)).json() as PriorityRecords;
		expect(seen.statuses.find((s) => s.id === id)).toMatchObject({
			state: 'refused',
			stateName: '未通过核实',
			refusalReason: '低保证明已过期',
		});
	});

	it('counts a status staff enter at once, audited without the document number', async () => {
		const res = await call('POST', `/api/people/${personId}/priority/statuses`, townA, {
			kind: 'disabled_graduate',
			graduationYear: 2025,
			documentNumber: 'BY-778899',
		});
		expect(res.statusCode).toBe(201);
		expect(
			(res.json() as PriorityRecords).statuses.find((s) => s.kind === 'disabled_graduate'),
		).toMatchObject({
			state: 'confirmed',
			enteredBy: 'staff',
			graduationYear: 2025,
		});
		const rows = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'priority.add'), eq(auditLog.onBehalfOfPersonId, personId)));
		expect(rows).toHaveLength(1);
		expect(JSON.stringify(rows[0]!.detail)).not.toContain('BY-778899');
		// a graduate without the year, and the same status twice, are refused in plain words
		const noYear = await call('POST', '/api/me/priority/statuses', seeker, {
			kind: 'disabled_graduate',
		});
		expect(noYear.statusCode).toBe(400);
		expect(noYear.body).toContain('残疾人高校毕业生请填写毕业年份。');
		const twice = await call('POST', '/api/me/priority/statuses', seeker, {
			kind: 'employment_difficulty',
		});
		expect(twice.statusCode).toBe(409);
		expect(twice.json().detail).toContain('已经登记过了');
	});

	it('keeps family members masked, checks the ID number and audits the full look', async () => {
		const bad = await call('POST', '/api/me/priority/family', seeker, {
			fullName: '王芳',
			relation: 'spouse',
			idNumber: '140922197001010010',
		});
		expect(bad.statusCode).toBe(400);
		const ok = await call('POST', '/api/me/priority/family', seeker, {
			fullName: '王芳',
			relation: 'spouse',
			idNumber: familyId(1),
			wantsWork: true,
		});
		expect(ok.statusCode).toBe(201);
		const member = (ok.json() as PriorityRecords).familyMembers[0]!;
		expect(member).toMatchObject({ relationName: '配偶', state: 'pending', wantsWork: true });
		expect(member.idNumberMasked).not.toBe(familyId(1));
		expect(ok.body).not.toContain(familyId(1));
		const pending = (await call('GET', '/api/priority/pending', townA)).json();
		expect(pending.items).toContainEqual(
			expect.objectContaining({ entry: 'family', what: '家庭成员：配偶 王芳' }),
		);
		const full = await call(
			'POST',
			`/api/people/${personId}/priority/family/${member.id}/unmask`,
			townA,
		);
		expect(full.json()).toEqual({ idNumber: familyId(1) });
		const looks = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'family.unmask'), eq(auditLog.entityId, personId)));
		expect(looks).toHaveLength(1);
	});

	it('lists, adds and removes certificates; an expired one is shown as not counting', async () => {
		const add = await call('POST', '/api/me/certificates', seeker, {
			kind: 'health_massage_intermediate',
			number: 'ZG2020123456',
			issuedOn: '2020-01-01',
			validUntil: '2021-01-01',
		});
		expect(add.statusCode).toBe(201);
		const [cert] = add.json().items;
		expect(cert).toMatchObject({
			kindName: '保健按摩师（中级）',
			valid: false,
			numberMasked: 'ZG2020******',
		});
		expect(add.body).not.toContain('ZG2020123456');
		const bad = await call('POST', '/api/me/certificates', seeker, {
			kind: 'health_certificate',
			issuedOn: '2026-01-01',
			validUntil: '2025-01-01',
		});
		expect(bad.statusCode).toBe(400);
		expect(bad.body).toContain('有效期不能早于发证日期。');
		const staffAdd = await call('POST', `/api/people/${personId}/certificates`, townA, {
			kind: 'health_certificate',
		});
		expect(staffAdd.json().items).toHaveLength(2);
		expect((await call('GET', `/api/people/${personId}/certificates`, townB)).statusCode).toBe(404);
		expect((await call('DELETE', `/api/me/certificates/${cert.id}`, seeker)).statusCode).toBe(204);
		const gone = await call('GET', '/api/me/certificates', seeker);
		expect(gone.json().items.map((c: { kind: string }) => c.kind)).toEqual(['health_certificate']);
		const audited = await t.handle.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.action, 'certificate.add'), eq(auditLog.onBehalfOfPersonId, personId)),
			);
		expect(audited).toHaveLength(1);
	});

	it("puts them in the seeker's data download", async () => {
		const res = await call('GET', '/api/me/data', seeker);
		expect(res.statusCode).toBe(200);
		const titles = res.json().sections.map((s: { title: string }) => s.title);
		expect(titles).toEqual(
			expect.arrayContaining([
				MY_DATA_SECTIONS.priorities,
				MY_DATA_SECTIONS.family,
				MY_DATA_SECTIONS.certificates,
			]),
		);
		const priorities = res.json().sections.find((s: { key: string }) => s.key === 'priorities');
		expect(priorities.rows).toContainEqual(
			expect.objectContaining({ kind: '就业困难人员认定', state: '已核实' }),
		);
	});

	it('goes with the account when the seeker deletes it', async () => {
		const res = await call('POST', '/api/me/deletion-request', seeker, {
			password: seekerPassword,
			confirm: true,
		});
		expect(res.statusCode).toBeLessThan(300);
		const db = t.handle.db;
		const left = await Promise.all([
			db.select().from(personPriorityStatuses).where(eq(personPriorityStatuses.personId, personId)),
			db.select().from(personFamilyMembers).where(eq(personFamilyMembers.personId, personId)),
			db.select().from(personCertificates).where(eq(personCertificates.personId, personId)),
		]);
		expect(left.map((rows) => rows.length)).toEqual([0, 0, 0]);
	});
});
