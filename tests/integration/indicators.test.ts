import { describe, expect, it } from 'vitest';
import type { IndicatorList } from '@ronghe/contracts';
import {
	applications,
	employmentRecords,
	fairRegistrations,
	massagePractitioners,
	personCertificates,
	personFamilyMembers,
	publicWelfarePlacements,
	trainingCourses,
	trainingEnrolments,
	trainingNeeds,
} from '@ronghe/db/schema';
import {
	createEmployer,
	createFair,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const A = '140922100'; // 台城镇
const B = '140922102';
const at = (iso: string) => new Date(iso);

/**
 * The indicator arithmetic on a fixed data set (issue 15 "Done when"), every figure worked out by
 * hand in the comments below. The year is 2025; its last moment in China is 2025-12-31 16:00 UTC.
 */
describe('indicators of 2025 on a fixed data set (/api/indicators)', () => {
	const t = useApi({
		prepare: async ({ db }) => {
			const p: Record<string, string> = {};
			for (const [key, township] of [
				['P1', A],
				['P2', A],
				['P3', A],
				['P4', A],
				['P5', A],
				['P6', A],
				['P7', B],
				['P8', B],
			] as const)
				p[key] = (await createPersonRow(db, { fullName: key, townshipCode: township })).id;

			// training: results recorded in China time
			const [course] = await db
				.insert(trainingCourses)
				.values({
					title: '课',
					provider: '县残联',
					townshipCode: A,
					startDate: '2020-01-01',
					endDate: '2026-12-31',
					seats: 99,
				})
				.returning();
			const [older] = await db
				.insert(trainingCourses)
				.values({
					title: '旧课',
					provider: '县残联',
					townshipCode: A,
					startDate: '2023-01-01',
					endDate: '2023-02-01',
					seats: 99,
				})
				.returning();
			const done = (
				key: string,
				iso: string,
				status: 'completed' | 'not_completed' = 'completed',
				c = course!.id,
			) => ({
				courseId: c,
				personId: p[key]!,
				via: 'self' as const,
				status,
				resultAt: at(iso),
			});
			await db.insert(trainingEnrolments).values([
				done('P1', '2025-03-10T02:00:00Z'), // 2025 ✓
				done('P1', '2023-02-01T02:00:00Z', 'completed', older!.id), // P1 again: counted once
				done('P2', '2025-12-31T15:30:00Z'), // 23:30 on 31 Dec in China: 2025 ✓
				done('P3', '2024-06-01T02:00:00Z'), // since 2021 only
				done('P4', '2025-12-31T16:30:00Z'), // 00:30 on 1 Jan 2026 in China: neither
				done('P5', '2025-05-05T02:00:00Z', 'not_completed'), // not trained
				done('P6', '2020-11-01T02:00:00Z'), // before 2021: neither
				done('P7', '2025-05-05T02:00:00Z'), // 2025 ✓, township B
			]);
			// needs: P1 met in 2025, P2 met at 23:30 on 31 Dec, P3 open, P5 met only in 2026,
			// P8 recorded in 2026 → needing 4 (P1 P2 P3 P5), met 2 (P1 P2): 50 %
			await db.insert(trainingNeeds).values([
				{
					personId: p.P1!,
					what: '电脑',
					createdAt: at('2025-01-05T02:00:00Z'),
					metAt: at('2025-04-01T02:00:00Z'),
				},
				{
					personId: p.P2!,
					what: '电脑',
					createdAt: at('2024-03-01T02:00:00Z'),
					metAt: at('2025-12-31T15:30:00Z'),
				},
				{ personId: p.P3!, what: '电脑', createdAt: at('2025-02-01T02:00:00Z') },
				{
					personId: p.P5!,
					what: '电脑',
					createdAt: at('2025-01-01T02:00:00Z'),
					metAt: at('2026-02-01T02:00:00Z'),
				},
				{ personId: p.P8!, what: '电脑', createdAt: at('2026-01-05T02:00:00Z') },
			]);

			// employment history → new in 2025: P1 (按比例), P3 (公益性岗位), P5 (灵活), P7 (辅助性)
			const rec = (
				key: string,
				iso: string,
				status: 'employed' | 'unemployed',
				form: string | null,
				source: string,
				startedOn: string | null = null,
			) => ({
				personId: p[key]!,
				status,
				form: form as 'quota' | null,
				source: source as 'staff',
				startedOn,
				createdAt: at(iso),
			});
			await db.insert(employmentRecords).values([
				rec('P1', '2024-01-01T00:00:00Z', 'unemployed', null, 'import'),
				rec('P1', '2025-03-01T02:00:00Z', 'employed', 'quota', 'hire', '2025-03-01'),
				rec('P2', '2024-01-01T00:00:00Z', 'employed', 'quota', 'import', '2020-01-01'), // import: not new
				rec('P2', '2025-06-01T02:00:00Z', 'employed', 'flexible', 'staff', '2025-06-01'), // was employed: not new
				rec('P3', '2025-01-02T02:00:00Z', 'unemployed', null, 'staff'),
				rec('P3', '2025-08-01T02:00:00Z', 'employed', 'public_welfare', 'staff', '2025-08-01'),
				rec('P5', '2025-09-09T02:00:00Z', 'employed', 'flexible', 'seeker'), // no start: the record's day
				rec('P6', '2025-01-03T02:00:00Z', 'employed', 'concentrated', 'staff', '2024-12-20'), // began 2024
				rec('P7', '2025-04-01T02:00:00Z', 'employed', 'auxiliary', 'hire', '2025-04-01'),
			]);

			// 公益性岗位 in 2025: P3 (from Aug), P6's wife (from 31 Dec); P6 ended 2024; P7 left 2024
			const [wife] = await db
				.insert(personFamilyMembers)
				.values({
					personId: p.P6!,
					fullName: '妻',
					relation: 'spouse',
					idNumberEnc: 'x',
					idNumberHash: 'h-wife',
					idNumberMasked: '1409**',
					wantsWork: true,
				})
				.returning();
			const post = {
				postTitle: '保洁',
				employerName: '镇政府',
				kind: 'rural' as const,
				placementNumber: 1,
			};
			await db.insert(publicWelfarePlacements).values([
				{
					...post,
					personId: p.P3!,
					townshipCode: A,
					startDate: '2025-08-01',
					endDate: '2028-08-01',
				},
				{
					...post,
					personId: p.P6!,
					townshipCode: A,
					startDate: '2022-01-01',
					endDate: '2024-12-31',
				},
				{
					...post,
					personId: p.P6!,
					familyMemberId: wife!.id,
					townshipCode: A,
					startDate: '2025-12-31',
					endDate: '2026-12-30',
				},
				{
					...post,
					personId: p.P7!,
					townshipCode: B,
					startDate: '2023-01-01',
					endDate: '2026-01-01',
					endedOn: '2024-12-31',
				},
			]);

			// massage at the end of 2025: only P8 holds a valid certificate of the right kind
			await db.insert(massagePractitioners).values([
				{ personId: p.P8!, qualification: 'medical' },
				{ personId: p.P1!, qualification: 'health' },
				{ personId: p.P2!, qualification: 'medical' },
				{ personId: p.P4!, qualification: 'health' },
			]);
			await db.insert(personCertificates).values([
				{ personId: p.P8!, kind: 'blind_medical_massage', issuedOn: '2024-05-01' },
				{ personId: p.P1!, kind: 'health_massage_junior', validUntil: '2025-06-30' }, // expired
				{ personId: p.P2!, kind: 'health_massage_junior' }, // not the medical certificate
				{ personId: p.P4!, kind: 'health_massage_senior', issuedOn: '2026-01-10' }, // not yet
			]);

			// fairs that began in 2025 (China time), not drafts: one, with 2 registrations and 1 hire
			const held = await createFair(
				db,
				at('2025-01-12T01:00:00Z'),
				at('2025-01-16T09:00:00Z'),
				'就业援助月',
				{ state: 'closed' },
			);
			const newYear = await createFair(
				db,
				at('2025-12-31T16:30:00Z'),
				at('2026-01-02T09:00:00Z'),
				'新年',
				{ state: 'closed' },
			);
			await createFair(db, at('2025-05-01T01:00:00Z'), at('2025-05-02T09:00:00Z'), '草稿', {
				state: 'draft',
			});
			await db.insert(fairRegistrations).values([
				{ fairId: held.id, personId: p.P1! },
				{ fairId: held.id, personId: p.P2! },
				{ fairId: newYear.id, personId: p.P3! },
			]);
			const employer = await createEmployer(db);
			const posting = await createPosting(db, employer.id);
			await db.insert(applications).values([
				{
					personId: p.P1!,
					postingId: posting.id,
					employerId: employer.id,
					status: 'hired',
					fairId: held.id,
				},
				{
					personId: p.P2!,
					postingId: posting.id,
					employerId: employer.id,
					status: 'submitted',
					fairId: held.id,
				},
			]);
		},
	});

	const get = async (auth: string, query = '') =>
		(
			await t.app.inject({
				method: 'GET',
				url: `/api/indicators?year=2025${query}`,
				headers: { authorization: auth },
			})
		).json() as IndicatorList;
	const byCode = (l: IndicatorList) => Object.fromEntries(l.items.map((i) => [i.code, i]));

	it('counts each figure as worked out by hand, with targets and status', async () => {
		const county = `Bearer ${await (await createUser(t.handle.db, 'federation')).newSession()}`;
		// this year's targets: 3 trained (met exactly), and the federation's cadre answered by hand
		for (const [code, body] of [
			['trained_year', { target: 3 }],
			['federation_cadre', { target: 1, manualActual: 1 }],
		] as const) {
			const res = await t.app.inject({
				method: 'PUT',
				url: `/api/indicators/2025/targets/${code}`,
				headers: { authorization: county },
				payload: body,
			});
			expect(res.statusCode).toBe(200);
		}
		const i = byCode(await get(county));
		expect(i.trained_year).toMatchObject({ actual: 3, target: 3, status: 'met' });
		expect(i.trained_since_2021).toMatchObject({ actual: 4, target: 200, status: 'behind' });
		expect(i.training_rate).toMatchObject({ actual: 0.5, target: 0.8, status: 'behind' });
		expect(i.training_rate!.parts.map((x) => x.value)).toEqual([4, 2]);
		expect(i.new_employment!.actual).toBe(4);
		expect(Object.fromEntries(i.new_employment!.parts.map((x) => [x.label, x.value]))).toEqual({
			按比例就业: 1,
			公益性岗位就业: 1,
			灵活就业: 1,
			辅助性就业: 1,
		});
		expect(i.public_welfare_disabled!.actual).toBe(1);
		expect(i.public_welfare_relatives!.actual).toBe(1);
		expect(i.massage_certified!.actual).toBe(1);
		expect(i.fairs_held!.actual).toBe(1);
		expect(i.fairs_held!.parts.map((x) => x.value)).toEqual([2, 1]);
		expect(i.agencies_owing).toMatchObject({ actual: 0, status: 'met' });
		expect(i.federation_cadre).toMatchObject({ actual: 1, status: 'met' });
	});

	it('counts one township’s people only, and township staff see only their own', async () => {
		const townshipA = `Bearer ${await (await createUser(t.handle.db, 'township')).newSession()}`;
		// township staff of A ask for B: they get A
		const own = await get(townshipA, `&township=${B}`);
		expect(own.townshipCode).toBe(A);
		const i = byCode(own);
		expect(i.trained_year!.actual).toBe(2); // P1 P2
		expect(i.trained_since_2021!.actual).toBe(3); // P1 P2 P3
		expect(i.new_employment!.actual).toBe(3); // P1 P3 P5
		expect(i.massage_certified!.actual).toBe(0);
		// county-wide figures (fairs, the federation's cadres) are not shown for a township
		expect(i.fairs_held).toBeUndefined();
		expect(i.trained_year!.target).toBeNull();
	});
});
