import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, consents, people, users } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const BODY = {
	phone: '13911112222',
	password: 'my-own-secret',
	fullName: '李春花',
	idNumber: '11010519491231002X',
	certificateNumber: '11010519491231002X22',
	townshipCode: '140922105',
	householdType: 'agricultural',
	consentDisabilityData: true,
};

type FieldError = { pointer: string; detail: string };

describe('POST /api/auth/sign-up', () => {
	const t = useApi();
	const signUp = (body: object) =>
		t.app.inject({ method: 'POST', url: '/api/auth/sign-up', payload: body });
	const fieldErrors = (res: { json: () => { errors?: FieldError[] } }, pointer: string) =>
		(res.json().errors ?? []).filter((e) => e.pointer === pointer).map((e) => e.detail);
	let federation = '';
	beforeAll(async () => {
		federation = `Bearer ${await (await createUser(t.handle.db, 'federation')).newSession()}`;
	});

	it('says where the ID number is wrong when its check character does not match', async () => {
		const res = await signUp({
			...BODY,
			idNumber: '110105194912310021',
			certificateNumber: '11010519491231002122',
		});
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		expect(fieldErrors(res, '#/idNumber')[0]).toContain('最后一位校验码应为“X”');
	});

	it('puts a certificate that belongs to another ID number next to the certificate field', async () => {
		const res = await signUp({ ...BODY, certificateNumber: '14092219900101123841' });
		expect(res.statusCode).toBe(400);
		expect(res.json().errors).toEqual([
			expect.objectContaining({
				pointer: '#/certificateNumber',
				detail: '残疾人证号的前 18 位应与身份证号码相同，请核对两个号码。',
			}),
		]);
	});

	it('asks for the separate consent and a password of at least 8 characters', async () => {
		const res = await signUp({ ...BODY, consentDisabilityData: false, password: 'short' });
		expect(fieldErrors(res, '#/consentDisabilityData')[0]).toContain('本人同意');
		expect(fieldErrors(res, '#/password')).toEqual(['密码至少 8 位。']);
	});

	it('accepts full-width digits and a lower-case x, stores the normalised number and signs in', async () => {
		const res = await signUp({
			...BODY,
			idNumber: '１１０１０５１９４９１２３１００２ｘ',
			certificateNumber: '１１０１０５１９４９１２３１００２x２２',
		});
		expect(res.statusCode).toBe(201);
		const body = res.json();
		expect(body.user).toMatchObject({ role: 'seeker', displayName: '李春花', uiDefaults: null });
		const [person] = await t.handle.db
			.select()
			.from(people)
			.where(eq(people.idNumberHash, t.cipher.hash('11010519491231002X')));
		expect(person).toMatchObject({
			source: 'self',
			category: 2,
			level: 2,
			sex: 'female',
			idNumberMasked: '110105********002X',
		});
		expect(t.cipher.decrypt(person!.certificateNumberEnc!)).toBe('11010519491231002X22');
		const [user] = await t.handle.db.select().from(users).where(eq(users.phone, BODY.phone));
		expect(user).toMatchObject({ role: 'seeker', personId: person!.id });
		const rows = await t.handle.db.select().from(consents).where(eq(consents.personId, person!.id));
		expect(rows).toEqual([expect.objectContaining({ kind: 'disability_data', withdrawnAt: null })]);
		const me = await t.app.inject({
			method: 'GET',
			url: '/api/auth/me',
			headers: { authorization: `Bearer ${body.token}` },
		});
		expect(me.json()).toMatchObject({ displayName: '李春花', phoneMasked: '139****2222' });
	});

	it('signs in again when the same submission is sent twice, and creates nothing new', async () => {
		const res = await signUp(BODY);
		expect(res.statusCode).toBe(201);
		expect(await t.handle.db.select().from(users).where(eq(users.phone, BODY.phone))).toHaveLength(
			1,
		);
	});

	it('refuses a phone number that already has an account, next to the phone field', async () => {
		const res = await signUp({
			...BODY,
			password: 'another-secret',
			idNumber: '440524188001010014',
			certificateNumber: '44052418800101001411',
		});
		expect(res.statusCode).toBe(409);
		expect(res.json().code).toBe('phone_taken');
		expect(fieldErrors(res, '#/phone')[0]).toContain('已经注册过账号');
	});

	it('refuses a second account for the same person and points to the staff', async () => {
		const res = await signUp({ ...BODY, phone: '13933334444' });
		expect(res.statusCode).toBe(409);
		expect(res.json()).toMatchObject({ code: 'account_exists' });
		expect(res.json().detail).toContain('110105********002X');
		expect(res.json().detail).toContain('残联');
	});

	describe('a person that staff registered first (代办)', () => {
		const registered = {
			fullName: '赵大山',
			idNumber: '140922199001011238',
			certificateNumber: '14092219900101123841',
			townshipCode: '140922100',
			householdType: 'non_agricultural',
			consentDisabilityData: true,
		};
		let personId = '';
		beforeAll(async () => {
			const res = await t.app.inject({
				method: 'POST',
				url: '/api/people',
				payload: registered,
				headers: { authorization: federation },
			});
			personId = res.json().id;
		});
		const claim = { ...registered, phone: '13955556666', password: 'zhao-secret-1' };

		it('refuses when the name does not match what staff registered', async () => {
			const res = await signUp({ ...claim, fullName: '赵小山' });
			expect(res.statusCode).toBe(409);
			expect(res.json().code).toBe('registry_mismatch');
			expect(res.json().detail).toContain('联系您所在乡镇');
			expect(await t.handle.db.select().from(users).where(eq(users.phone, claim.phone))).toEqual(
				[],
			);
		});

		it('links the new account to the registered person and records the claim', async () => {
			const res = await signUp(claim);
			expect(res.statusCode).toBe(201);
			const [user] = await t.handle.db.select().from(users).where(eq(users.phone, claim.phone));
			expect(user!.personId).toBe(personId);
			expect(
				await t.handle.db.select().from(people).where(eq(people.fullName, '赵大山')),
			).toHaveLength(1);
			const [entry] = await t.handle.db
				.select()
				.from(auditLog)
				.where(eq(auditLog.action, 'person.claim'));
			expect(entry).toMatchObject({ actorUserId: user!.id, entityId: personId });
			expect(JSON.stringify(entry)).not.toContain('199001011238');
		});
	});
});
