import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MY_DATA_SECTION_KEYS, MY_DATA_SECTIONS, type MyData } from '@ronghe/contracts';
import {
	anonymisedPeople,
	applications,
	auditLog,
	consents,
	employerDisabledEmployees,
	notifications,
	people,
	savedSearches,
	sessions,
	users,
} from '@ronghe/db/schema';
import {
	createApplicationRow,
	createEmployer,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

// Valid synthetic numbers (docs/domain.md#id-number): the check characters are right.
const ID_NUMBER = '140922199001011238';
const CERTIFICATE = '14092219900101123841';
const PHONE = '13912340001';

type Seeker = { personId: string; userId: string; phone: string; password: string; auth: string };

/** A seeker's rights over their own data (PIPL art. 44–47), through the API. */
describe('privacy rights of a seeker (/api/me/data, /api/me/deletion-request)', () => {
	const t = useApi();
	let staffAuth = '';
	let employerAuth = '';
	let employerName = '';
	let seeker: Seeker;
	let other: Seeker;
	let rosterRowId = '';

	const call = (method: 'GET' | 'POST', url: string, auth: string, payload?: object) =>
		t.app.inject({ method, url, payload, headers: { authorization: auth } });

	/** A person registered by staff (real, encrypted numbers) with a seeker account of their own. */
	async function registerSeeker(fullName: string, idNumber: string, certificateNumber: string) {
		const res = await call('POST', '/api/people', staffAuth, {
			fullName,
			idNumber,
			certificateNumber,
			townshipCode: '140922100',
			householdType: 'agricultural',
			phone: PHONE,
			consentDisabilityData: true,
		});
		expect(res.statusCode).toBe(201);
		const personId = res.json().id as string;
		const account = await createUser(t.handle.db, 'seeker', { personId });
		const auth = `Bearer ${await account.newSession()}`;
		return {
			personId,
			userId: account.user.id,
			phone: account.user.phone,
			password: account.password,
			auth,
		};
	}

	beforeAll(async () => {
		const db = t.handle.db;
		staffAuth = `Bearer ${await (await createUser(db, 'federation')).newSession()}`;
		const employer = await createEmployer(db);
		employerName = employer.name;
		employerAuth = `Bearer ${await (await createUser(db, 'employer', { employerId: employer.id })).newSession()}`;
		seeker = await registerSeeker('隐私权利人', ID_NUMBER, CERTIFICATE);
		other = await registerSeeker('另一位求职者', '11010519491231002X', '11010519491231002X22');
		await db
			.update(people)
			.set({
				desiredOccupations: ['X-BJY', '4-10-01-06'],
				desiredOccupationsNote: '想在村里干',
				ability: { standing: 0, seeing: 2 },
				passport: {
					preferredContact: ['text_only'],
					needs: ['sign_interpreter'],
					otherNeeds: '',
					largeText: false,
					highContrast: false,
				},
			})
			.where(eq(people.id, seeker.personId));
		const applied = await createApplicationRow(
			db,
			seeker.personId,
			await createPosting(db, employer.id),
		);
		// shared with the passport, so the employer sees the needs until the consent goes
		await db
			.update(applications)
			.set({ sharePassport: true })
			.where(eq(applications.id, applied.id));
		const [roster] = await db
			.insert(employerDisabledEmployees)
			.values({
				employerId: employer.id,
				year: 2025,
				personId: seeker.personId,
				displayName: '隐私权利人',
				certificateKind: 'disability',
				level: 3,
				monthsCounted: 12,
			})
			.returning();
		rosterRowId = roster!.id;
		await db
			.insert(savedSearches)
			.values({ userId: seeker.userId, name: '按摩', query: { q: '按摩' } });
		await db.insert(notifications).values({ userId: seeker.userId, kind: 'test', title: '新岗位' });
		// the employer opens the profile once: the view the seeker must be able to see
		expect((await call('GET', `/api/candidates/${seeker.personId}`, employerAuth)).statusCode).toBe(
			200,
		);
	});

	const download = async (auth: string) => {
		const res = await call('GET', '/api/me/data', auth);
		expect(res.statusCode).toBe(200);
		return { body: res.json() as MyData, text: res.body, headers: res.headers };
	};
	const section = (data: MyData, key: string) => data.sections.find((s) => s.key === key)!;

	it('downloads every section, with the employer that viewed the profile and every consent', async () => {
		const { body, text, headers } = await download(seeker.auth);
		expect(headers['cache-control']).toBe('no-store');
		expect(body.sections.map((s) => s.key)).toEqual(MY_DATA_SECTION_KEYS);
		expect(section(body, 'person').rows[0]).toMatchObject({
			fullName: '隐私权利人',
			idNumberMasked: expect.stringMatching(/\*/),
			certificateNumberMasked: expect.stringMatching(/\*/),
			// wishes by name, not by code
			desiredOccupations: '保洁员、家政服务员',
			desiredOccupationsNote: '想在村里干',
		});
		expect(section(body, 'applications').rows).toEqual([
			expect.objectContaining({ employer: employerName, status: '已投递', sharePassport: '是' }),
		]);
		expect(section(body, 'views').rows).toContainEqual(
			expect.objectContaining({ who: employerName, what: '用人单位查看求职者资料' }),
		);
		expect(section(body, 'consents').rows).toEqual([
			expect.objectContaining({ kind: '同意保存和使用我的残疾信息', withdrawnAt: null }),
		]);
		expect(section(body, 'savedSearches').rows).toHaveLength(1);
		expect(section(body, 'notifications').rows).toHaveLength(1);
		expect(section(body, 'sessions').rows.length).toBeGreaterThanOrEqual(1);
		// masked, always: no full ID, certificate or phone number, no session token hash
		for (const secret of [ID_NUMBER, CERTIFICATE, PHONE, seeker.phone])
			expect(text).not.toContain(secret);
		expect(text).not.toMatch(/[0-9a-f]{64}/);
	});

	it('lists who viewed the profile for the page, and logs each download but not that list', async () => {
		const exports = async () =>
			(
				await t.handle.db
					.select()
					.from(auditLog)
					.where(
						and(eq(auditLog.action, 'person.data_export'), eq(auditLog.entityId, seeker.personId)),
					)
			).length;
		const before = await exports();
		const res = await call('GET', '/api/me/data/views', seeker.auth);
		expect(res.statusCode).toBe(200);
		expect(res.json().rows).toContainEqual(
			expect.objectContaining({ who: employerName, what: '用人单位查看求职者资料' }),
		);
		expect(await exports()).toBe(before);
		await download(seeker.auth);
		expect(await exports()).toBe(before + 1);
	});

	it('gives the same sections as an .xlsx workbook, one sheet each, numbers masked', async () => {
		const res = await call('GET', '/api/me/data.xlsx', seeker.auth);
		expect(res.statusCode).toBe(200);
		expect(res.headers['content-disposition']).toContain('.xlsx');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.values(MY_DATA_SECTIONS));
		const cells: string[] = [];
		workbook.eachSheet((ws) => ws.eachRow((row) => cells.push(JSON.stringify(row.values))));
		const all = cells.join('\n');
		expect(all).toContain('隐私权利人');
		for (const secret of [ID_NUMBER, CERTIFICATE, PHONE]) expect(all).not.toContain(secret);
	});

	it('gives each seeker only their own data, and no one else a download at all', async () => {
		const { text } = await download(other.auth);
		expect(text).toContain('另一位求职者');
		expect(text).not.toContain('隐私权利人');
		expect(text).not.toContain(employerName);
		for (const auth of [employerAuth, staffAuth]) {
			expect((await call('GET', '/api/me/data', auth)).statusCode).toBe(403);
			expect((await call('GET', '/api/me/data.xlsx', auth)).statusCode).toBe(403);
		}
		expect((await t.app.inject({ method: 'GET', url: '/api/me/data' })).statusCode).toBe(401);
	});

	it('hides ability scores and needs from the employer once the disability-data consent is withdrawn', async () => {
		const before = (await call('GET', `/api/candidates/${other.personId}`, employerAuth))
			.statusCode;
		expect(before).toBe(404); // the other seeker never turned to this employer
		const seen = (await call('GET', `/api/candidates/${seeker.personId}`, employerAuth)).json();
		expect(seen).toMatchObject({
			ability: { standing: 0, seeing: 2 },
			passportNeeds: ['sign_interpreter'],
		});
		const res = await call('POST', '/api/me/consents/disability_data/withdraw', seeker.auth);
		expect(res.statusCode).toBe(200);
		const after = (await call('GET', `/api/candidates/${seeker.personId}`, employerAuth)).json();
		expect(after).toMatchObject({ category: null, level: null, ability: {}, passportNeeds: [] });
		expect(JSON.stringify(after)).not.toContain('sign_interpreter');
	});

	it('refuses deletion without the password or the confirmation, and changes nothing', async () => {
		const wrong = await call('POST', '/api/me/deletion-request', seeker.auth, {
			password: 'not-my-password',
			confirm: true,
		});
		expect(wrong.statusCode).toBe(422);
		const unconfirmed = await call('POST', '/api/me/deletion-request', seeker.auth, {
			password: seeker.password,
		});
		expect(unconfirmed.statusCode).toBe(400);
		const [row] = await t.handle.db.select().from(people).where(eq(people.id, seeker.personId));
		expect(row).toMatchObject({ fullName: '隐私权利人' });
		expect(await t.handle.db.select().from(anonymisedPeople)).toEqual([]);
	});

	it('deletes the account and personal data, keeps anonymous statistics, answers a double submit the same', async () => {
		const db = t.handle.db;
		const [before] = await db.select().from(people).where(eq(people.id, seeker.personId));
		const body = { password: seeker.password, confirm: true };
		const [first, second] = await Promise.all([
			call('POST', '/api/me/deletion-request', seeker.auth, body),
			call('POST', '/api/me/deletion-request', seeker.auth, body),
		]);
		expect(first.statusCode).toBe(200);
		expect(second.statusCode).toBe(200);
		expect(second.json()).toEqual(first.json());
		// a retry that arrives after the first call ended the session still gets the same answer
		const late = await call('POST', '/api/me/deletion-request', seeker.auth, body);
		expect(late.statusCode).toBe(200);
		expect(late.json()).toEqual(first.json());
		// but the ended session opens nothing else
		expect((await call('GET', '/api/me/data', seeker.auth)).statusCode).toBe(401);

		// the person is gone; one row with what the real-name statistics count by, and no link back
		expect(await db.select().from(people).where(eq(people.id, seeker.personId))).toEqual([]);
		const residue = await db.select().from(anonymisedPeople);
		expect(residue).toEqual([
			{
				id: expect.any(String),
				townshipCode: before!.townshipCode,
				sex: before!.sex,
				birthYear: Number(before!.birthDate.slice(0, 4)),
				category: before!.category,
				level: before!.level,
				householdType: before!.householdType,
				employmentStatus: before!.employmentStatus,
				employmentForm: before!.employmentForm,
				unemployedReason: before!.unemployedReason,
				source: 'staff',
				registeredYear: before!.createdAt.getUTCFullYear(),
				deletedYear: new Date(first.json().deletedAt).getUTCFullYear(),
			},
		]);
		expect(residue[0]!.id).not.toBe(seeker.personId);
		// the employer's levy roster keeps its row, without the link to the registry
		const [roster] = await db
			.select()
			.from(employerDisabledEmployees)
			.where(eq(employerDisabledEmployees.id, rosterRowId));
		expect(roster).toMatchObject({ personId: null, displayName: '隐私权利人' });
		const count = async (rows: Promise<unknown[]>) => (await rows).length;
		expect(await count(db.select().from(users).where(eq(users.id, seeker.userId)))).toBe(0);
		expect(await count(db.select().from(sessions).where(eq(sessions.userId, seeker.userId)))).toBe(
			0,
		);
		expect(
			await count(db.select().from(savedSearches).where(eq(savedSearches.userId, seeker.userId))),
		).toBe(0);
		expect(
			await count(db.select().from(notifications).where(eq(notifications.userId, seeker.userId))),
		).toBe(0);
		expect(
			await count(db.select().from(applications).where(eq(applications.personId, seeker.personId))),
		).toBe(0);
		expect(
			await count(db.select().from(consents).where(eq(consents.personId, seeker.personId))),
		).toBe(0);
		const erased = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'person.erase'), eq(auditLog.entityId, seeker.personId)));
		expect(erased).toHaveLength(1);
		expect(JSON.stringify(erased[0]!.detail)).not.toContain('隐私权利人');
	});

	it('refuses sign-in afterwards exactly as for an unknown phone, and frees the ID for a new registration', async () => {
		const login = (phone: string) =>
			t.app.inject({
				method: 'POST',
				url: '/api/auth/login',
				payload: { phone, password: seeker.password },
			});
		const deleted = await login(seeker.phone);
		const unknown = await login('13700009999');
		expect(deleted.statusCode).toBe(401);
		expect(deleted.json().detail).toBe(unknown.json().detail);
		expect((await call('GET', '/api/me/data', seeker.auth)).statusCode).toBe(401);
		const again = await call('POST', '/api/people', staffAuth, {
			fullName: '隐私权利人',
			idNumber: ID_NUMBER,
			certificateNumber: CERTIFICATE,
			townshipCode: '140922100',
			householdType: 'agricultural',
			consentDisabilityData: true,
		});
		expect(again.statusCode).toBe(201);
		expect(again.json().id).not.toBe(seeker.personId);
	});

	it('leaves nothing about the person in the search index', () => {
		const docs = JSON.stringify([...t.search.indexes.entries()].map(([, m]) => [...m.values()]));
		for (const needle of ['隐私权利人', seeker.personId, ID_NUMBER])
			expect(docs).not.toContain(needle);
	});
});
