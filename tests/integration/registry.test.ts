import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, personCertificates } from '@ronghe/db/schema';
import { createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

type Item = { id: string; fullName: string };

describe('registry filters, scope and audit (/api/people, /api/audit)', () => {
	const t = useApi();
	const as: Record<'federation' | 'township' | 'admin', string> = {
		federation: '',
		township: '',
		admin: '',
	};
	let townshipUserId = '';
	const ids: Record<string, string> = {};
	beforeAll(async () => {
		const db = t.handle.db;
		for (const role of ['federation', 'township', 'admin'] as const) {
			const u = await createUser(
				db,
				role,
				role === 'township' ? { townshipCode: '140922105' } : {},
			);
			as[role] = `Bearer ${await u.newSession()}`;
			if (role === 'township') townshipUserId = u.user.id;
		}
		const rows = [
			{ fullName: '甲一', category: 1, level: 1, townshipCode: '140922100' },
			{ fullName: '乙二', category: 4, level: 2, employmentStatus: 'employed' as const },
			{
				fullName: '丙三',
				category: 4,
				level: 3,
				townshipCode: '140922105',
				source: 'import' as const,
				idNumberEnc: t.cipher.encrypt('140922199001011238'),
			},
			{
				fullName: '丁四',
				category: 2,
				level: 4,
				townshipCode: '140922105',
				reviewFlags: ['certificate_long_form'],
			},
		];
		for (const r of rows) ids[r.fullName] = (await createPersonRow(db, r)).id;
	});

	const get = (url: string, auth: string) =>
		t.app.inject({ method: 'GET', url, headers: { authorization: auth } });
	const names = async (query: string, auth = as.federation) => {
		const res = await get(`/api/people${query}`, auth);
		expect(res.statusCode).toBe(200);
		return (res.json().items as Item[]).map((i) => i.fullName);
	};

	it('filters by category, level, employment status, review flag and source', async () => {
		expect(await names('?category=4')).toEqual(['丙三', '乙二']);
		expect(await names('?category=4&level=2')).toEqual(['乙二']);
		expect(await names('?employmentStatus=employed')).toEqual(['乙二']);
		expect(await names('?flagged=yes')).toEqual(['丁四']);
		expect(await names('?flagged=no&township=140922105')).toEqual(['丙三']);
		expect(await names('?source=import')).toEqual(['丙三']);
		expect(await names('?q=一&category=')).toEqual(['甲一']);
	});

	it('sorts by name, by township, and newest first', async () => {
		expect(await names('?sort=newest')).toEqual(['丁四', '丙三', '乙二', '甲一']);
		const byTownship = await names('?sort=township');
		expect(byTownship.slice(0, 2).sort()).toEqual(['丁四', '丙三']);
	});

	it('explains a bad filter next to its parameter', async () => {
		const res = await get('/api/people?category=9&sort=age', as.federation);
		expect(res.statusCode).toBe(400);
		const pointers = (res.json().errors as { pointer: string; detail: string }[]).map(
			(e) => `${e.pointer} ${e.detail}`,
		);
		expect(pointers).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^#\/category .*1 到 7/),
				expect.stringMatching(/^#\/sort 排序方式/),
			]),
		);
	});

	it('gives township staff only their township, whatever filter they send', async () => {
		expect(await names('?township=140922100', as.township)).toEqual(['丁四', '丙三']);
		expect((await get(`/api/people/${ids['甲一']}`, as.township)).statusCode).toBe(404);
		const unmask = await t.app.inject({
			method: 'POST',
			url: `/api/people/${ids['甲一']}/unmask`,
			headers: { authorization: as.township },
		});
		expect(unmask.statusCode).toBe(404);
		const own = await t.app.inject({
			method: 'POST',
			url: `/api/people/${ids['丙三']}/unmask`,
			headers: { authorization: as.township },
		});
		expect(own.json()).toMatchObject({ idNumber: '140922199001011238' });
	});

	it('shows staff the new profile columns, never a number in the clear', async () => {
		const res = await get(`/api/people/${ids['丁四']}`, as.federation);
		expect(res.json()).toMatchObject({
			source: 'staff',
			reviewFlags: ['certificate_long_form'],
			registeredByName: null,
			employmentForm: null,
			disclosure: 'on_apply',
			preferredContact: [],
			passportNeeds: [],
		});
	});

	it('shows staff a person’s certificates masked, expired ones marked, and 多重残疾 parts', async () => {
		const db = t.handle.db;
		const person = await createPersonRow(db, {
			fullName: '戊五',
			category: 7,
			level: 2,
			categoryComponents: [1, 2],
		});
		await db.insert(personCertificates).values([
			{
				personId: person.id,
				kind: 'blind_medical_massage',
				numberEnc: t.cipher.encrypt('YA20190315'),
				numberMasked: '**********',
				issuedOn: '2019-03-15',
				validUntil: null,
			},
			{ personId: person.id, kind: 'health_certificate', validUntil: '2020-01-01' },
		]);
		const res = await get(`/api/people/${person.id}`, as.federation);
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body.categoryComponents).toEqual([1, 2]);
		expect(body.certificates).toEqual([
			{
				kind: 'blind_medical_massage',
				kindName: '盲人医疗按摩人员从事医疗按摩资格证书',
				numberMasked: '**********',
				issuedOn: '2019-03-15',
				validUntil: null,
				valid: true,
			},
			{
				kind: 'health_certificate',
				kindName: '健康证',
				numberMasked: '',
				issuedOn: null,
				validUntil: '2020-01-01',
				valid: false,
			},
		]);
		expect(res.body).not.toContain('YA20190315');
	});

	it('filters the audit log by actor and record, with the actor’s role and a Chinese action name', async () => {
		const entries = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.actorUserId, townshipUserId));
		expect(entries.map((e) => e.action)).toEqual(['person.unmask']);
		const res = await get(
			`/api/audit?actorUserId=${townshipUserId}&entityId=${ids['丙三']}`,
			as.admin,
		);
		expect(res.json()).toMatchObject({
			total: 1,
			items: [{ action: 'person.unmask', actionLabel: '查看完整号码', actorRole: 'township' }],
		});
		expect((await get(`/api/audit?entityId=${ids['甲一']}`, as.admin)).json().total).toBe(0);
	});
});
