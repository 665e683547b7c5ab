import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	annualReviews,
	employerDisabledEmployees,
	employerLevyYears,
	employers,
	levyRules,
	localAverageWages,
	settings,
	type NewEmployerLevyYear,
} from '@ronghe/db/schema';

export function createLevyRepository() {
	return {
		async countyCode(db: Db): Promise<string | undefined> {
			const [row] = await db.select().from(settings).where(eq(settings.key, 'county'));
			const code = (row?.value as { code?: unknown } | undefined)?.code;
			return typeof code === 'string' ? code : undefined;
		},
		async rule(db: Db, provinceCode: string, collectionYear: number) {
			const [row] = await db
				.select()
				.from(levyRules)
				.where(
					and(
						eq(levyRules.provinceCode, provinceCode),
						eq(levyRules.collectionYear, collectionYear),
					),
				);
			return row;
		},
		async ruleYears(db: Db, provinceCode: string): Promise<number[]> {
			const rows = await db
				.select({ year: levyRules.collectionYear })
				.from(levyRules)
				.where(eq(levyRules.provinceCode, provinceCode))
				.orderBy(asc(levyRules.collectionYear));
			return rows.map((r) => r.year);
		},
		/** The figures for `year` of every listed area (county, city, province). */
		localWages: (db: Db, areaCodes: string[], year: number) =>
			db
				.select()
				.from(localAverageWages)
				.where(
					and(inArray(localAverageWages.areaCode, areaCodes), eq(localAverageWages.year, year)),
				),
		async employer(db: Db, employerId: string) {
			const [row] = await db
				.select({ id: employers.id, name: employers.name, kind: employers.kind })
				.from(employers)
				.where(eq(employers.id, employerId));
			return row;
		},
		async levyYear(db: Db, employerId: string, year: number) {
			const [row] = await db
				.select()
				.from(employerLevyYears)
				.where(and(eq(employerLevyYears.employerId, employerId), eq(employerLevyYears.year, year)));
			return row;
		},
		async annualReviewStatus(db: Db, employerId: string, year: number) {
			const [row] = await db
				.select({ status: annualReviews.status })
				.from(annualReviews)
				.where(and(eq(annualReviews.employerId, employerId), eq(annualReviews.year, year)));
			return row?.status ?? 'draft';
		},
		disabledEmployees: (db: Db, employerId: string, year: number) =>
			db
				.select()
				.from(employerDisabledEmployees)
				.where(
					and(
						eq(employerDisabledEmployees.employerId, employerId),
						eq(employerDisabledEmployees.year, year),
					),
				)
				.orderBy(
					asc(employerDisabledEmployees.createdAt),
					asc(employerDisabledEmployees.displayName),
					asc(employerDisabledEmployees.id),
				),
		/** Insert or replace the year's figures: a retried save gives the same row. */
		saveLevyYear: (db: Db, row: NewEmployerLevyYear) =>
			db
				.insert(employerLevyYears)
				.values(row)
				.onConflictDoUpdate({
					target: [employerLevyYears.employerId, employerLevyYears.year],
					set: {
						monthlyStaff: row.monthlyStaff ?? null,
						averageStaff: row.averageStaff ?? null,
						wageBill: row.wageBill,
						updatedByUserId: row.updatedByUserId ?? null,
						updatedAt: new Date(),
					},
				}),
	};
}
export type LevyRepository = ReturnType<typeof createLevyRepository>;
