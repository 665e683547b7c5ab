import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@ronghe/contracts';
import { auditLog, consents, people } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const SEEKER = {
	fullName: '王小明',
	idNumber: '140922199001011238',
	certificateNumber: '14092219900101123841',
	townshipCode: '140922100',
	village: '东街村',
	phone: '13912345678',
	householdType: 'agricultural',
	consentDisabilityData: true,
};

describe('the real-name registry (/api/people)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	let federationId = '';
	beforeAll(async () => {
		for (const role of ['federation', 'township', 'bureau'] as const) {
			const u = await createUser(
				t.handle.db,
				role,
				role === 'township' ? { townshipCode: '140922105' } : {},
			);
			as[role] = `Bearer ${await u.newSession()}`;
			if (role === 'federation') federationId = u.user.id;
		}
	});
	const register = (body: object, auth = as.federation!) =>
		t.app.inject({
			method: 'POST',
			url: '/api/people',
			payload: body,
			headers: { authorization: auth },
		});

	it('registers a seeker for them: category, level, sex and birth from the numbers, numbers encrypted and masked', async () => {
		const res = await register({ ...SEEKER, idNumber: '１４０９２２１９９００１０１１２３８' });
		expect(res.statusCode).toBe(201);
		const body = res.json();
		expect(body).toMatchObject({
			fullName: '王小明',
			sex: 'male',
			birthYear: 1990,
			category: 4,
			level: 1,
			idNumberMasked: '140922********1238',
			certificateNumberMasked: '140922**************',
			phoneMasked: '139****5678',
			townshipName: '台城镇',
			consents: [{ kind: 'disability_data', withdrawnAt: null }],
		});
		expect(JSON.stringify(body)).not.toContain('199001011238');
		const [row] = await t.handle.db.select().from(people).where(eq(people.id, body.id));
		expect(JSON.stringify(row)).not.toContain('140922199001011238');
		expect(t.cipher.decrypt(row!.idNumberEnc)).toBe('140922199001011238');
		const [consent] = await t.handle.db
			.select()
			.from(consents)
			.where(eq(consents.personId, body.id));
		expect(consent).toMatchObject({ kind: 'disability_data', recordedByUserId: federationId });
		const [entry] = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'person.register'));
		expect(entry).toMatchObject({ actorUserId: federationId, onBehalfOfPersonId: body.id });
	});

	it('refuses the same ID number twice with a 409 that shows only the masked number', async () => {
		const res = await register({ ...SEEKER, fullName: '王小明二' });
		expect(res.statusCode).toBe(409);
		expect(res.json()).toMatchObject({ code: 'person_exists' });
		expect(res.json().detail).toContain('140922********1238');
	});

	it('puts each identifier problem next to its field, in Chinese', async () => {
		const res = await register({
			...SEEKER,
			idNumber: '140922199001011239',
			certificateNumber: '14092219900101123881',
			consentDisabilityData: false,
			townshipCode: '',
		});
		expect(res.statusCode).toBe(400);
		const errors = res.json().errors as { pointer: string; detail: string }[];
		const at = (p: string) => errors.filter((e) => e.pointer === p).map((e) => e.detail);
		expect(at('#/idNumber')[0]).toContain('校验码应为“8”');
		expect(at('#/certificateNumber')[0]).toContain('第 19 位是残疾类别');
		expect(at('#/consentDisabilityData')[0]).toContain('本人同意');
		expect(at('#/townshipCode')).toEqual(['请选择乡镇。']);
	});

	it('requires the certificate to belong to the same ID number', async () => {
		const res = await register({
			...SEEKER,
			idNumber: '11010519491231002X',
			certificateNumber: '14092219900101123841',
		});
		expect(res.json().errors).toEqual([
			expect.objectContaining({
				pointer: '#/certificateNumber',
				detail: '残疾人证号的前 18 位应与身份证号码相同，请核对两个号码。',
			}),
		]);
	});

	it('keeps township staff to their own township', async () => {
		const other = await register(
			{ ...SEEKER, idNumber: '11010519491231002X', certificateNumber: '11010519491231002X22' },
			as.township,
		);
		expect(other.statusCode).toBe(403);
		const list = await t.app.inject({
			method: 'GET',
			url: '/api/people',
			headers: { authorization: as.township! },
		});
		expect(list.json().total).toBe(0);
		const all = await t.app.inject({
			method: 'GET',
			url: '/api/people?q=小明',
			headers: { authorization: as.bureau! },
		});
		expect(all.json().items.map((p: { fullName: string }) => p.fullName)).toEqual(['王小明']);
		const id = all.json().items[0].id;
		const hidden = await t.app.inject({
			method: 'GET',
			url: `/api/people/${id}`,
			headers: { authorization: as.township! },
		});
		expect(hidden.statusCode).toBe(404);
	});

	it('shows the full numbers only on request, and writes each look to the audit log', async () => {
		const list = await t.app.inject({
			method: 'GET',
			url: '/api/people',
			headers: { authorization: as.bureau! },
		});
		const id = list.json().items[0].id;
		const res = await t.app.inject({
			method: 'POST',
			url: `/api/people/${id}/unmask`,
			headers: { authorization: as.bureau! },
		});
		expect(res.json()).toEqual({
			idNumber: '140922199001011238',
			certificateNumber: '14092219900101123841',
			phone: '13912345678',
		});
		const looks = await t.handle.db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'person.unmask'));
		expect(looks).toHaveLength(1);
		expect(looks[0]).toMatchObject({
			entityId: id,
			detail: { fields: ['idNumber', 'certificateNumber', 'phone'] },
		});
		expect(JSON.stringify(looks)).not.toContain('140922199001011238');
	});

	it('lets staff filter the audit log by action and record, newest first, with names', async () => {
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/audit?action=person.unmask&entity=person',
			headers: { authorization: as.federation! },
		});
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body.total).toBe(1);
		expect(body.items[0]).toMatchObject({
			action: 'person.unmask',
			actionLabel: '查看完整号码',
			actorRole: 'bureau',
		});
		const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
		const all = await t.app.inject({
			method: 'GET',
			url: `/api/audit?from=${today}&to=${today}`,
			headers: { authorization: as.federation! },
		});
		expect(all.json().items.map((e: { action: string }) => e.action)).toEqual([
			'person.unmask',
			'person.register',
		]);
		const bad = await t.app.inject({
			method: 'GET',
			url: '/api/audit?from=yesterday',
			headers: { authorization: as.federation! },
		});
		expect(bad.json().errors[0]).toMatchObject({
			pointer: '#/from',
			detail: '开始日期请写成 2026-11-01 这样的格式。',
		});
	});

	it('takes 多重残疾 components: two or more for category 7, none for any other category', async () => {
		// another person, born 1980-01-01
		const first17 = '14092219800101123';
		const id = `${first17}${idNumberCheckChar(first17)}`;
		const multiple = { ...SEEKER, fullName: '赵多', idNumber: id, certificateNumber: `${id}72` };
		const one = await register({ ...multiple, categoryComponents: [1] });
		expect(one.statusCode).toBe(400);
		expect(one.json().errors).toContainEqual(
			expect.objectContaining({
				pointer: '#/categoryComponents',
				detail: '多重残疾请勾选它由哪几类残疾组成，至少两类。',
			}),
		);
		const notMultiple = await register({
			...multiple,
			certificateNumber: `${id}42`,
			categoryComponents: [1, 2],
		});
		expect(notMultiple.statusCode).toBe(400);
		expect(notMultiple.body).toContain('只有多重残疾');
		const ok = await register({ ...multiple, categoryComponents: [2, 1, 2] });
		expect(ok.statusCode).toBe(201);
		expect(ok.json()).toMatchObject({ category: 7, categoryComponents: [1, 2] });
	});
});
