import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	addYears,
	idNumberCheckChar,
	retirementDate,
	type Placement,
	type PlacementList,
	type PriorityRecords,
} from '@ronghe/contracts';
import { employmentRecords } from '@ronghe/db/schema';
import { createPersonRow, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/** The county's calendar day (UTC+8), and days from it. */
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const days = (d: string, n: number) =>
	new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
/** A checksum-valid ID number for a birth date and sex. */
const idFor = (birth: string, sex: 'male' | 'female', serial = '12') => {
	const first17 = `140922${birth.replaceAll('-', '')}${serial}${sex === 'male' ? '1' : '2'}`;
	return first17 + idNumberCheckChar(first17);
};

/**
 * 公益性岗位 placements (issue 15 §4): the term limit and its retirement extension, the count per
 * holder, relatives placed through the person, the monthly ledger and the terms ending soon.
 */
describe('public-welfare placements (/api/public-welfare)', () => {
	const t = useApi();

	const call = (method: 'GET' | 'POST' | 'PUT', url: string, auth: string, payload?: object) =>
		t.app.inject({
			method,
			url,
			headers: { authorization: auth },
			...(payload ? { payload } : {}),
		});

	async function world(birthDate = '1990-05-01', sex: 'male' | 'female' = 'female') {
		const db = t.handle.db;
		const person = await createPersonRow(db, {
			fullName: '吴安置',
			townshipCode: '140922100',
			birthDate,
			sex,
		});
		const session = async (role: 'township' | 'federation', over = {}) =>
			`Bearer ${await (await createUser(db, role, over)).newSession()}`;
		return {
			db,
			person,
			township: await session('township'),
			otherTownship: await session('township', { townshipCode: '140922102' }),
			county: await session('federation'),
		};
	}

	const placement = (personId: string, over: Record<string, unknown> = {}) => ({
		personId,
		postTitle: '乡村保洁员',
		employerName: '台城镇人民政府',
		kind: 'rural',
		fundingSource: '就业补助资金',
		startDate: today(),
		endDate: addYears(today(), 3),
		...over,
	});

	it('allows exactly 3 years and not a day more, and records the employment', async () => {
		const w = await world();
		const tooLong = await call(
			'POST',
			'/api/public-welfare/placements',
			w.township,
			placement(w.person.id, { endDate: days(addYears(today(), 3), 1) }),
		);
		expect(tooLong.statusCode).toBe(400);
		expect(tooLong.json().errors).toMatchObject([
			{
				pointer: '#/endDate',
				detail: `公益性岗位一次最长 3 年，期满日期最晚为 ${addYears(today(), 3)}。`,
			},
		]);
		const ok = await call(
			'POST',
			'/api/public-welfare/placements',
			w.township,
			placement(w.person.id),
		);
		expect(ok.statusCode).toBe(201);
		expect(ok.json()).toMatchObject({
			placementNumber: 1,
			toRetirement: false,
			holderName: '吴安置',
		});
		const [record] = await w.db
			.select()
			.from(employmentRecords)
			.where(eq(employmentRecords.personId, w.person.id));
		expect(record).toMatchObject({
			status: 'employed',
			form: 'public_welfare',
			employerName: '台城镇人民政府',
		});
		// an open placement stops a second one starting in it
		const overlap = await call(
			'POST',
			'/api/public-welfare/placements',
			w.county,
			placement(w.person.id, { startDate: days(today(), 30), endDate: days(today(), 400) }),
		);
		expect(overlap.statusCode).toBe(409);
		// other townships' staff do not learn that the person exists
		expect(
			(
				await call(
					'POST',
					'/api/public-welfare/placements',
					w.otherTownship,
					placement(w.person.id),
				)
			).statusCode,
		).toBe(404);
	});

	it('runs to retirement for someone fewer than 5 years from it, and no further', async () => {
		// a man of 57 retires at 61 and some months (gradual delay): past the usual 3 years, but
		// fewer than 5 years away
		const born = addYears(today(), -57);
		const retires = retirementDate(born, 'male');
		expect(retires > addYears(today(), 3) && retires < addYears(today(), 5)).toBe(true);
		const w = await world(born, 'male');
		const term = await call(
			'GET',
			`/api/public-welfare/term?personId=${w.person.id}&start=${today()}`,
			w.county,
		);
		expect(term.json()).toMatchObject({
			latestEnd: retires,
			toRetirement: true,
			placementNumber: 1,
			maxPlacements: 2,
		});
		const past = await call(
			'POST',
			'/api/public-welfare/placements',
			w.county,
			placement(w.person.id, { endDate: days(retires, 1) }),
		);
		expect(past.json().errors[0].detail).toContain('退休');
		const ok = await call(
			'POST',
			'/api/public-welfare/placements',
			w.county,
			placement(w.person.id, { endDate: retires }),
		);
		expect(ok.statusCode).toBe(201);
	});

	it('places a person at most twice, counting ended placements', async () => {
		const w = await world();
		const start = (n: number) => addYears(today(), -6 + 3 * n);
		for (const n of [0, 1]) {
			const made = await call(
				'POST',
				'/api/public-welfare/placements',
				w.county,
				placement(w.person.id, { startDate: start(n), endDate: days(start(n + 1), -1) }),
			);
			expect(made.statusCode).toBe(201);
			expect((made.json() as Placement).placementNumber).toBe(n + 1);
		}
		const third = await call(
			'POST',
			'/api/public-welfare/placements',
			w.county,
			placement(w.person.id),
		);
		expect(third.statusCode).toBe(422);
		expect(third.json()).toMatchObject({ code: 'placement_limit' });
		const ended = (
			await call('GET', '/api/public-welfare/placements?view=ended', w.county)
		).json() as PlacementList;
		expect(ended.items.filter((p) => p.personId === w.person.id)).toHaveLength(2);
	});

	it('places a relative by their own birth date, keeps a monthly ledger, and warns before the end', async () => {
		const w = await world();
		const added = await call('POST', `/api/people/${w.person.id}/priority/family`, w.county, {
			fullName: '吴家人',
			relation: 'spouse',
			idNumber: idFor('1988-03-04', 'male'),
			wantsWork: true,
		});
		expect(added.statusCode).toBe(201);
		const member = (added.json() as PriorityRecords).familyMembers[0]!;
		// the relative is a candidate after the person, who is not in work
		const candidates = (await call('GET', '/api/public-welfare/candidates', w.township)).json() as {
			items: { name: string; relation: string }[];
		};
		const names = candidates.items.map((c) => `${c.name}/${c.relation}`);
		expect(names.indexOf('吴安置/本人')).toBeLessThan(names.indexOf('吴家人/配偶'));

		const made = await call(
			'POST',
			'/api/public-welfare/placements',
			w.county,
			placement(w.person.id, {
				familyMemberId: member.id,
				startDate: days(today(), -100),
				endDate: days(today(), 30),
			}),
		);
		expect(made.statusCode).toBe(201);
		const p = made.json() as Placement;
		expect(p).toMatchObject({ holderName: '吴家人', relation: '配偶', daysLeft: 30 });
		const ending = (
			await call('GET', '/api/public-welfare/placements?view=ending', w.county)
		).json() as PlacementList;
		expect(ending.items.map((x) => x.id)).toContain(p.id);
		expect(ending.counts.ending).toBeGreaterThanOrEqual(1);

		const month = days(today(), -40).slice(0, 7);
		const pay = (m: string, post: number) =>
			call('PUT', `/api/public-welfare/placements/${p.id}/subsidies/${m}`, w.county, {
				postSubsidy: post,
				insuranceSubsidy: 420,
			});
		await pay(month, 1500);
		const corrected = (await pay(month, 1600)).json() as Placement;
		expect(corrected.subsidies).toEqual([{ month, postSubsidy: 1600, insuranceSubsidy: 420 }]);
		expect(corrected.subsidyTotal).toEqual({ post: 1600, insurance: 420 });
		expect((await pay(addYears(today(), 2).slice(0, 7), 1)).statusCode).toBe(422);
		const wrong = await call(
			'PUT',
			`/api/public-welfare/placements/${p.id}/subsidies/2026-13`,
			w.county,
			{
				postSubsidy: '一千',
				insuranceSubsidy: 0,
			},
		);
		expect(wrong.statusCode).toBe(400);
	});
});
