import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	addYears,
	DEFAULT_MASSAGE_RULES,
	DEFAULT_PUBLIC_WELFARE_RULES,
	type Clinic,
} from '@ronghe/contracts';
import { auditLog, settings } from '@ronghe/db/schema';
import { createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/** The county's calendar day (UTC+8). */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * The rule settings county staff change themselves (issue 15: every default is configurable):
 * the 公益性岗位 term rules and the blind-massage thresholds. A saved value changes what the
 * pages compute; restoring the defaults brings the old answers back.
 */
describe('rule settings (/api/public-welfare/rules, /api/massage/rules)', () => {
	const t = useApi();

	const call = (method: 'GET' | 'PUT' | 'POST', url: string, auth: string, payload?: object) =>
		t.app.inject({
			method,
			url,
			headers: { authorization: auth },
			...(payload ? { payload } : {}),
		});
	const session = async (role: 'township' | 'federation' | 'bureau') => {
		const u = await createUser(t.handle.db, role);
		return { name: u.user.displayName, id: u.user.id, auth: `Bearer ${await u.newSession()}` };
	};

	it('gives a 2-year term once maxYears is 2, and 3 again after restoring the defaults', async () => {
		const db = t.handle.db;
		const county = await session('federation');
		const young = await createPersonRow(db, {
			fullName: '冯年轻',
			townshipCode: '140922100',
			birthDate: '1995-03-01',
			sex: 'female',
		});
		const term = async () =>
			(
				await call(
					'GET',
					`/api/public-welfare/term?personId=${young.id}&start=${today()}`,
					county.auth,
				)
			).json();

		const before = await call('GET', '/api/public-welfare/rules', county.auth);
		expect(before.json()).toEqual({
			rules: DEFAULT_PUBLIC_WELFARE_RULES,
			defaults: DEFAULT_PUBLIC_WELFARE_RULES,
			updatedAt: null,
			updatedBy: null,
		});
		expect(await term()).toMatchObject({ latestEnd: addYears(today(), 3), maxPlacements: 2 });

		const saved = await call('PUT', '/api/public-welfare/rules', county.auth, {
			...DEFAULT_PUBLIC_WELFARE_RULES,
			maxYears: 2,
			maxPlacements: 3,
		});
		expect(saved.statusCode).toBe(200);
		expect(saved.json()).toMatchObject({
			rules: { maxYears: 2, maxPlacements: 3, alertDays: 60 },
			defaults: { maxYears: 3 },
			updatedBy: county.name,
		});
		expect(await term()).toMatchObject({ latestEnd: addYears(today(), 2), maxPlacements: 3 });

		// who changed what is in the audit log, each number before and after
		const [entry] = await db
			.select()
			.from(auditLog)
			.where(
				and(
					eq(auditLog.action, 'settings.public_welfare_rules'),
					eq(auditLog.actorUserId, county.id),
				),
			);
		expect(entry).toMatchObject({
			entity: 'setting',
			entityId: 'public_welfare_rules',
			detail: { changes: { maxYears: { from: 3, to: 2 }, maxPlacements: { from: 2, to: 3 } } },
		});

		const restored = await call(
			'PUT',
			'/api/public-welfare/rules',
			county.auth,
			DEFAULT_PUBLIC_WELFARE_RULES,
		);
		expect(restored.json().rules).toEqual(DEFAULT_PUBLIC_WELFARE_RULES);
		expect(await term()).toMatchObject({ latestEnd: addYears(today(), 3), maxPlacements: 2 });
	});

	it('keeps the default of each field a stored row lacks or holds out of range', async () => {
		const county = await session('bureau');
		await t.handle.db
			.insert(settings)
			.values({ key: 'public_welfare_rules', value: { maxYears: 4, alertDays: 'soon' } })
			.onConflictDoUpdate({
				target: settings.key,
				set: { value: { maxYears: 4, alertDays: 'soon' } },
			});
		const res = await call('GET', '/api/public-welfare/rules', county.auth);
		expect(res.statusCode).toBe(200);
		expect(res.json().rules).toEqual({ ...DEFAULT_PUBLIC_WELFARE_RULES, maxYears: 4 });
		// the placement list still works and counts 快到期 with the default 60 days
		const list = await call('GET', '/api/public-welfare/placements?view=ending', county.auth);
		expect(list.statusCode).toBe(200);
		await call('PUT', '/api/public-welfare/rules', county.auth, DEFAULT_PUBLIC_WELFARE_RULES);
	});

	it('refuses township staff a change but shows them the rules', async () => {
		const township = await session('township');
		const refused = await call('PUT', '/api/public-welfare/rules', township.auth, {
			...DEFAULT_PUBLIC_WELFARE_RULES,
			maxYears: 5,
		});
		expect(refused.statusCode).toBe(403);
		const massage = await call('PUT', '/api/massage/rules', township.auth, DEFAULT_MASSAGE_RULES);
		expect(massage.statusCode).toBe(403);
		const seen = await call('GET', '/api/public-welfare/rules', township.auth);
		expect(seen.json().rules.maxYears).toBe(3);
		expect((await call('GET', '/api/massage/rules', township.auth)).statusCode).toBe(200);
	});

	it('answers numbers out of range next to each field, in Chinese, and keeps the rules', async () => {
		const county = await session('federation');
		const bad = await call('PUT', '/api/public-welfare/rules', county.auth, {
			maxYears: 0,
			extensionWithinYears: 2.5,
			maxPlacements: '两',
			femaleBaseAge: 60,
			alertDays: 400,
		});
		expect(bad.statusCode).toBe(400);
		const errors = bad.json().errors as { pointer: string; detail: string }[];
		expect(Object.fromEntries(errors.map((e) => [e.pointer, e.detail]))).toEqual({
			'#/maxYears': '一次安置的最长年限最少 1 年。',
			'#/extensionWithinYears': '可以干到退休的年限请写整数。',
			'#/maxPlacements': '一个人最多安置的次数要写数字。',
			'#/femaleBaseAge': '请选择女性的原退休年龄：50 岁（女职工）或 55 岁（女干部）。',
			'#/alertDays': '提前提醒的天数最多 365 天。',
		});
		const massage = await call('PUT', '/api/massage/rules', county.auth, {
			...DEFAULT_MASSAGE_RULES,
			medicalMinArea: 2000,
			ceHoursPerYear: undefined,
		});
		expect(massage.statusCode).toBe(400);
		expect(massage.json().errors).toMatchObject([
			{ pointer: '#/medicalMinArea', detail: '医疗按摩所的最小面积最多 1000 平方米。' },
			{ pointer: '#/ceHoursPerYear', detail: '请填写每年继续教育学时。' },
		]);
		const rules = await call('GET', '/api/public-welfare/rules', county.auth);
		expect(rules.json().rules).toEqual(DEFAULT_PUBLIC_WELFARE_RULES);
	});

	it('flags a 45 m² medical clinic as short once the minimum area is 50 m²', async () => {
		const db = t.handle.db;
		const county = await session('federation');
		const operator = await createPersonRow(db, { fullName: '褚师傅', category: 1 });
		const made = await call('POST', '/api/massage/clinics', county.auth, {
			name: '五台县褚氏盲人医疗按摩所',
			kind: 'medical',
			townshipCode: '140922100',
			operatorPersonId: operator.id,
			areaM2: 45,
			beds: 2,
			sterilisation: true,
		});
		expect(made.statusCode).toBe(201);
		const clinic = made.json() as Clinic;
		const areaShort = (c: Clinic) => c.shortfalls.filter((s) => s.startsWith('面积'));
		expect(areaShort(clinic)).toEqual([]);

		const saved = await call('PUT', '/api/massage/rules', county.auth, {
			...DEFAULT_MASSAGE_RULES,
			medicalMinArea: 50,
		});
		expect(saved.statusCode).toBe(200);
		expect(saved.json()).toMatchObject({
			rules: { medicalMinArea: 50 },
			defaults: { medicalMinArea: 40 },
			updatedBy: county.name,
		});
		const after = await call('GET', `/api/massage/clinics/${clinic.id}`, county.auth);
		expect(areaShort(after.json() as Clinic)).toEqual(['面积 45 平方米，不到 50 平方米。']);

		const [entry] = await db
			.select()
			.from(auditLog)
			.where(eq(auditLog.action, 'settings.massage_rules'));
		expect(entry).toMatchObject({
			actorUserId: county.id,
			entityId: 'massage_rules',
			detail: { changes: { medicalMinArea: { from: 40, to: 50 } } },
		});

		await call('PUT', '/api/massage/rules', county.auth, DEFAULT_MASSAGE_RULES);
		const back = await call('GET', `/api/massage/clinics/${clinic.id}`, county.auth);
		expect(areaShort(back.json() as Clinic)).toEqual([]);
	});
});
