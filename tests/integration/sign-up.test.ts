import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Notifier } from '@ronghe/api/app';
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

type LoginBody = { token: string; expiresAt: string; user: Record<string, unknown> };
/** What the SMS channel "sent": the test stands in for the phone on record. */
const sent: { phone: string; text: string }[] = [];
const testSms: Notifier = {
	channel: 'test-sms',
	send: async () => false,
	sendCode: async (phone, text) => {
		sent.push({ phone, text });
		return true;
	},
};

describe('POST /api/auth/sign-up', () => {
	const t = useApi({ notifiers: [testSms] });
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

	it('answers a second sign-up for a person who has an account like any other, and links nothing', async () => {
		// Before: 409 account_exists with the masked ID number, telling a stranger who is registered.
		const res = await signUp({ ...BODY, phone: '13933334444' });
		expect(res.statusCode).toBe(201);
		// nothing from the registered record, not even its township
		expect(res.json().user).toMatchObject({
			displayName: '李春花',
			uiDefaults: null,
			homeTownshipCode: null,
		});
		const [user] = await t.handle.db.select().from(users).where(eq(users.phone, '13933334444'));
		expect(user!.personId).toBeNull();
	});

	describe('a person that staff registered first (代办)', () => {
		const registered = {
			fullName: '赵大山',
			idNumber: '140922199001011238',
			certificateNumber: '14092219900101123841',
			townshipCode: '140922100',
			householdType: 'non_agricultural',
			phone: '13712345678',
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
		const userOf = async (phone: string) =>
			(await t.handle.db.select().from(users).where(eq(users.phone, phone)))[0]!;
		const claimWith = (token: string, code: string) =>
			t.app.inject({
				method: 'POST',
				url: '/api/auth/sign-up/claim',
				headers: { authorization: `Bearer ${token}` },
				payload: { code },
			});
		// what may differ between two sign-ups: the new account's id and token
		const comparable = (res: { statusCode: number; headers: object; json: () => LoginBody }) => {
			const { token, expiresAt, user } = res.json();
			expect(token).toEqual(expect.any(String));
			expect(expiresAt).toEqual(expect.any(String));
			return { status: res.statusCode, user: { ...user, id: '-', phoneMasked: '-' } };
		};

		it('answers a registered and an unregistered ID number in the same way', async () => {
			// Before: the registered number got 409 registry_mismatch for a wrong name or
			// certificate, and a claim that matched got the record's display defaults.
			const stranger = { ...claim, phone: '13955550001', fullName: '赵小山' };
			const nobody = {
				...stranger,
				phone: '13955550002',
				idNumber: '440524188001010014',
				certificateNumber: '44052418800101001411',
			};
			const [a, b] = [await signUp(stranger), await signUp(nobody)];
			expect(comparable(a)).toEqual(comparable(b));
			expect(Object.keys(a.json())).toEqual(Object.keys(b.json()));
			expect((await userOf(stranger.phone)).personId).toBeNull();
		});

		it('gives a certificate guesser nothing: every guess gets the same answer and no record', async () => {
			// Before: a wrong certificate suffix answered 409 and the right one linked the record
			// (at most 28 guesses took over a staff-registered person).
			const guesses = [
				'14092219900101123811',
				'14092219900101123842',
				registered.certificateNumber,
			];
			const answers = [];
			for (const [i, certificateNumber] of guesses.entries())
				answers.push(
					comparable(await signUp({ ...claim, phone: `1396666000${i}`, certificateNumber })),
				);
			expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
			for (let i = 0; i < guesses.length; i++)
				expect((await userOf(`1396666000${i}`)).personId).toBeNull();
		});

		it('links the account only with the code sent to the phone on record, and records the claim', async () => {
			// Before: the sign-up itself linked the record, without any proof.
			sent.length = 0;
			const res = await signUp(claim);
			expect(res.statusCode).toBe(201);
			const user = await userOf(claim.phone);
			expect(user.personId).toBeNull();
			expect(sent).toHaveLength(1);
			expect(sent[0]!.phone).toBe(registered.phone);
			const code = /验证码 (\d{6})/.exec(sent[0]!.text)![1]!;
			const wrong = await claimWith(res.json().token, code === '000000' ? '111111' : '000000');
			expect(wrong.json()).toMatchObject({ code: 'wrong_code' });
			expect(wrong.json().detail).toContain('还可以再试 4 次');
			const right = await claimWith(res.json().token, code);
			expect(right.statusCode).toBe(200);
			expect((await userOf(claim.phone)).personId).toBe(personId);
			const [entry] = await t.handle.db
				.select()
				.from(auditLog)
				.where(eq(auditLog.action, 'person.claim'));
			expect(entry).toMatchObject({ actorUserId: user.id, entityId: personId });
			expect(entry!.detail).toMatchObject({ by: 'code' });
			expect(JSON.stringify(entry)).not.toContain('199001011238');
		});

		it('compares at most 5 of many parallel codes, so a burst cannot find it', async () => {
			// New route: written with the attempt reserved before the comparison from the start.
			const other = await signUpRegistered('13955557777', '140922100', '13700001111');
			const code = /验证码 (\d{6})/.exec(sent.at(-1)!.text)![1]!;
			const guesses = Array.from({ length: 20 }, (_, i) =>
				String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'),
			);
			const burst = await Promise.all([
				...guesses.map((g) => claimWith(other.token, g)),
				claimWith(other.token, code),
			]);
			expect(burst.filter((r) => r.json().code === 'wrong_code')).toHaveLength(5);
			expect(burst.map((r) => r.statusCode)).not.toContain(200);
			expect((await userOf('13955557777')).personId).toBeNull();
		});

		it('lets township staff link a waiting account after checking the papers, only in their township', async () => {
			const before = sent.length;
			const waiting = await signUpRegistered('13955558888', '140922105', '');
			expect(sent).toHaveLength(before); // no phone on record: no code, staff only
			const staffOf = async (townshipCode: string) =>
				`Bearer ${await (await createUser(t.handle.db, 'township', { townshipCode })).newSession()}`;
			const [mine, other] = [await staffOf('140922105'), await staffOf('140922100')];
			const list = (auth: string) =>
				t.app.inject({
					method: 'GET',
					url: `/api/people/${waiting.personId}/claims`,
					headers: { authorization: auth },
				});
			expect((await list(other)).statusCode).toBe(404);
			const [item] = (await list(mine)).json().items;
			expect(item).toMatchObject({ displayName: '钱小红', phoneMasked: '139****8888' });
			const confirm = await t.app.inject({
				method: 'POST',
				url: `/api/people/${waiting.personId}/claims/${item.id}/confirm`,
				headers: { authorization: mine },
			});
			expect(confirm.statusCode).toBe(200);
			expect((await userOf('13955558888')).personId).toBe(waiting.personId);
			const entries = await t.handle.db
				.select()
				.from(auditLog)
				.where(eq(auditLog.entityId, waiting.personId));
			expect(entries.map((e) => e.action)).toEqual(
				expect.arrayContaining(['person.claim_request', 'person.claim']),
			);
		});

		/** Staff register a person (with `phoneOnRecord`, or none), who then signs up with `phone`. */
		async function signUpRegistered(phone: string, townshipCode: string, phoneOnRecord: string) {
			seq += 1;
			const idNumber = withCheck(`14092219850101${String(seq).padStart(2, '0')}3`);
			const person = {
				fullName: '钱小红',
				idNumber,
				certificateNumber: `${idNumber}21`,
				townshipCode,
				householdType: 'agricultural',
				consentDisabilityData: true,
				...(phoneOnRecord ? { phone: phoneOnRecord } : {}),
			};
			const registeredRes = await t.app.inject({
				method: 'POST',
				url: '/api/people',
				payload: person,
				headers: { authorization: federation },
			});
			expect(registeredRes.statusCode).toBe(201);
			const res = await signUp({ ...person, phone, password: 'qian-secret-1' });
			expect(res.statusCode).toBe(201);
			return { token: res.json().token as string, personId: registeredRes.json().id as string };
		}
	});
});

let seq = 0;
/** An 18-digit ID number with its check character (GB 11643). */
function withCheck(first17: string): string {
	const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
	const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
	return first17 + '10X98765432'[sum % 11];
}
