import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { ABILITY_ITEM_CODES } from '@ronghe/contracts';
import { auditLog, people } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const STEPS = {
	basic: {
		village: '东街村',
		education: '初中',
		phone: '13977778888',
		householdType: 'non_agricultural',
		certificateValidFrom: '2020-03-01',
		certificateValidUntil: '2030-02-28',
	},
	employment: {
		employmentStatus: 'employed',
		employmentForm: 'public_welfare',
		employedSince: '2024-05-01',
		unemployedReason: null,
	},
	wishes: {
		desiredOccupations: ['4-01-02-02', '4-04-05-05'],
		desiredOccupationsNote: '调律师',
		desiredWorkModes: ['home_based', 'part_time'],
		expectedPayMin: 2500,
		maxTravelKm: 10,
		skills: ['打字', '普通话'],
		trainingCertificates: ['电子商务初级'],
	},
	ability: Object.fromEntries(ABILITY_ITEM_CODES.map((code, i) => [code, i % 3])),
	passport: {
		preferredContact: ['text_only', 'sms'],
		needs: ['captions', 'sign_interpreter'],
		otherNeeds: '面试时请写在纸上',
		largeText: true,
		highContrast: false,
		disclosure: 'summary',
	},
} as const;

type FieldError = { pointer: string; detail: string };

describe('the seeker profile (/api/me/profile, /api/people/:id/profile)', () => {
	const t = useApi();
	let seeker = '';
	let personId = '';
	const staff: Record<string, string> = {};
	beforeAll(async () => {
		const res = await t.app.inject({
			method: 'POST',
			url: '/api/auth/sign-up',
			payload: {
				phone: '13966667777',
				password: 'profile-secret',
				fullName: '周明',
				idNumber: '440524188001010014',
				certificateNumber: '44052418800101001441',
				townshipCode: '140922105',
				householdType: 'agricultural',
				consentDisabilityData: true,
			},
		});
		seeker = `Bearer ${res.json().token}`;
		const [row] = await t.handle.db
			.select({ id: people.id })
			.from(people)
			.where(eq(people.fullName, '周明'));
		personId = row!.id;
		for (const [name, code] of [
			['federation', null],
			['townshipHere', '140922105'],
			['townshipElsewhere', '140922100'],
		] as const) {
			const role = name === 'federation' ? 'federation' : 'township';
			const u = await createUser(t.handle.db, role, code ? { townshipCode: code } : {});
			staff[name] = `Bearer ${await u.newSession()}`;
		}
	});
	const put = (url: string, payload: object, authorization = seeker) =>
		t.app.inject({ method: 'PUT', url, payload, headers: { authorization } });
	const get = (url: string, authorization = seeker) =>
		t.app.inject({ method: 'GET', url, headers: { authorization } });

	it('shows identity masked and read-only, and no step done for a new account', async () => {
		const res = await get('/api/me/profile');
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({
			identity: {
				fullName: '周明',
				idNumberMasked: '440524********0014',
				certificateNumberMasked: '440524**************',
				categoryName: '肢体残疾',
				levelName: '一级',
				townshipName: '东冶镇',
			},
			complete: { basic: false, employment: false, wishes: false, ability: false, passport: false },
		});
		expect(res.body).not.toContain('188001010014');
	});

	it.each(Object.keys(STEPS) as (keyof typeof STEPS)[])(
		'saves the %s step and reads it back',
		async (step) => {
			const res = await put(`/api/me/profile/${step}`, STEPS[step]);
			expect(res.statusCode).toBe(200);
			const profile = (await get('/api/me/profile')).json();
			expect(profile.complete[step]).toBe(true);
			const { phone: _phone, ...expected } = STEPS[step] as Record<string, unknown>;
			expect(profile[step]).toMatchObject(expected);
		},
	);

	it('finishes the ability step when some items are left as 先不回答', async () => {
		const [first, second, ...rest] = ABILITY_ITEM_CODES;
		const body = {
			[first!]: 2,
			[second!]: 0,
			...Object.fromEntries(rest.map((code) => [code, null])),
		};
		expect((await put('/api/me/profile/ability', body)).statusCode).toBe(200);
		const profile = (await get('/api/me/profile')).json();
		expect(profile.complete.ability).toBe(true);
		expect(profile.ability).toEqual({ [first!]: 2, [second!]: 0 });

		// every item left as 先不回答 is still an answer to the step: it is done, with nothing known
		const none = Object.fromEntries(ABILITY_ITEM_CODES.map((code) => [code, null]));
		expect((await put('/api/me/profile/ability', none)).statusCode).toBe(200);
		const skipped = (await get('/api/me/profile')).json();
		expect(skipped.complete.ability).toBe(true);
		expect(skipped.ability).toEqual({});
		await put('/api/me/profile/ability', STEPS.ability);
	});

	it('keeps the phone when the field is left empty and shows it masked', async () => {
		await put('/api/me/profile/basic', { ...STEPS.basic, phone: '' });
		const profile = (await get('/api/me/profile')).json();
		expect(profile.basic.phoneMasked).toBe('139****8888');
	});

	it('marks text-only contact and returns the passport display defaults at /auth/me', async () => {
		expect((await get('/api/me/profile')).json().textOnlyContact).toBe(true);
		expect((await get('/api/auth/me')).json().uiDefaults).toEqual({
			largeText: true,
			highContrast: false,
		});
	});

	it('clears the job fields when the seeker is no longer employed', async () => {
		const res = await put('/api/me/profile/employment', {
			employmentStatus: 'unemployed',
			employmentForm: 'quota',
			unemployedReason: 4,
		});
		expect(res.json().employment).toEqual({
			employmentStatus: 'unemployed',
			employmentForm: null,
			employedSince: null,
			unemployedReason: 4,
		});
	});

	it.each([
		[
			'basic',
			{ ...STEPS.basic, phone: '12345', certificateValidUntil: '2019-01-01' },
			['#/phone', '#/certificateValidUntil'],
		],
		['employment', { employmentStatus: 'employed' }, ['#/employmentForm']],
		[
			'wishes',
			{
				...STEPS.wishes,
				expectedPayMin: -5,
				desiredWorkModes: ['night'],
				desiredOccupations: ['电商客服'],
			},
			['#/desiredOccupations/0', '#/desiredWorkModes/0', '#/expectedPayMin'],
		],
		['ability', { standing: 3, flying: 2 }, ['#/standing', '#/']],
		[
			'passport',
			{ ...STEPS.passport, needs: ['jetpack'], disclosure: 'everyone' },
			['#/needs/0', '#/disclosure'],
		],
	] as const)('puts each %s error next to its field, in Chinese', async (step, body, pointers) => {
		const res = await put(`/api/me/profile/${step}`, body);
		expect(res.statusCode).toBe(400);
		const errors = res.json().errors as FieldError[];
		expect(errors.map((e) => e.pointer).sort()).toEqual([...pointers].sort());
		for (const e of errors) expect(e.detail).toMatch(/\p{Script=Han}/u);
	});

	it('lets staff act for the seeker, writing who acted for whom to the audit log', async () => {
		const res = await put(
			`/api/people/${personId}/profile/wishes`,
			{ ...STEPS.wishes, desiredOccupations: ['X-BJY'] },
			staff.townshipHere,
		);
		expect(res.statusCode).toBe(200);
		expect(res.json().wishes.desiredOccupations).toEqual(['X-BJY']);
		expect(res.json().wishes.desiredOccupationNames).toEqual(['保洁员']);
		const entries = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'profile.update'), eq(auditLog.onBehalfOfPersonId, personId)));
		expect(entries).toHaveLength(1);
		expect(entries[0]!.detail).toMatchObject({ step: 'wishes' });
		expect(JSON.stringify(entries[0]!.detail)).not.toContain('X-BJY');
		const own = (await get(`/api/people/${personId}/profile`, staff.federation)).json();
		expect(own.wishes.desiredOccupations).toEqual(['X-BJY']);
	});

	it('takes occupation wishes only from the occupations table, with names read back', async () => {
		const bad = await put('/api/me/profile/wishes', {
			...STEPS.wishes,
			desiredOccupations: ['4-01-02-02', 'X-NOSUCH'],
		});
		expect(bad.statusCode).toBe(400);
		const errors = bad.json().errors as FieldError[];
		expect(errors.map((e) => e.pointer)).toEqual(['#/desiredOccupations']);
		expect(errors[0]!.detail).toMatch(/请从列出的工作里选.*X-NOSUCH/);
		expect((await put('/api/me/profile/wishes', STEPS.wishes)).statusCode).toBe(200);
		const { wishes } = (await get('/api/me/profile')).json();
		expect(wishes.desiredOccupationNames).toEqual(['电子商务师', '人工智能训练师']);
		expect(wishes.desiredOccupationsNote).toBe('调律师');
	});

	it('hides the person from township staff of another township', async () => {
		expect((await get(`/api/people/${personId}/profile`, staff.townshipElsewhere)).statusCode).toBe(
			404,
		);
		const res = await put(
			`/api/people/${personId}/profile/basic`,
			STEPS.basic,
			staff.townshipElsewhere,
		);
		expect(res.statusCode).toBe(404);
	});
});
