import { and, asc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	annualReviews,
	employerDisabledEmployees,
	employerLevyYears,
	employers,
	levyRules,
	localAverageWages,
	quotaInputChanges,
	settings,
	townships,
	type NewEmployerLevyYear,
} from '@ronghe/db/schema';

export function createLevyRepository() {
	return {
		async countyCode(db: Db): Promise<string | undefined> {
			const [row] = await db.select().from(settings).where(eq(settings.key, 'county'));
			const code = (row?.value as { code?: unknown } | undefined)?.code;
			return typeof code === 'string' ? code : undefined;
		},
		async setting(db: Db, key: string): Promise<unknown> {
			const [row] = await db.select().from(settings).where(eq(settings.key, key));
			return row?.value;
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
		/** Every employer with figures for `year`, with what the lists show about it (one query). */
		yearFigures: (db: Db, year: number, employerIds?: string[]) =>
			db
				.select({
					employerId: employers.id,
					name: employers.name,
					kind: employers.kind,
					townshipCode: employers.townshipCode,
					townshipName: townships.name,
					authorizedStaff: employers.authorizedStaff,
					schoolOrKindergarten: employers.schoolOrKindergarten,
					monthlyStaff: employerLevyYears.monthlyStaff,
					averageStaff: employerLevyYears.averageStaff,
					wageBill: employerLevyYears.wageBill,
				})
				.from(employerLevyYears)
				.innerJoin(employers, eq(employers.id, employerLevyYears.employerId))
				.innerJoin(townships, eq(townships.code, employers.townshipCode))
				.where(
					and(
						eq(employerLevyYears.year, year),
						ne(employers.status, 'rejected'),
						employerIds ? inArray(employerLevyYears.employerId, employerIds) : undefined,
					),
				),
		/** Every employer's disabled employees for `year` (the columns the counting checks need). */
		yearEmployees: (db: Db, year: number, employerIds?: string[]) =>
			db
				.select({
					employerId: employerDisabledEmployees.employerId,
					certificateKind: employerDisabledEmployees.certificateKind,
					level: employerDisabledEmployees.level,
					monthsCounted: employerDisabledEmployees.monthsCounted,
					certificateValidUntil: employerDisabledEmployees.certificateValidUntil,
					contractStart: employerDisabledEmployees.contractStart,
					contractEnd: employerDisabledEmployees.contractEnd,
					monthlyWage: employerDisabledEmployees.monthlyWage,
					insuranceMonths: employerDisabledEmployees.insuranceMonths,
					reviewDecision: employerDisabledEmployees.reviewDecision,
					// once the year's 年审 is approved, only the people staff accepted count
					reviewApproved: sql<boolean>`coalesce(${annualReviews.status} = 'approved', false)`,
				})
				.from(employerDisabledEmployees)
				.leftJoin(
					annualReviews,
					and(
						eq(annualReviews.employerId, employerDisabledEmployees.employerId),
						eq(annualReviews.year, employerDisabledEmployees.year),
					),
				)
				.where(
					and(
						eq(employerDisabledEmployees.year, year),
						employerIds ? inArray(employerDisabledEmployees.employerId, employerIds) : undefined,
					),
				),
		/**
		 * The oldest transaction still running (its snapshot's xmin), then every input change from
		 * transactions at or after `sinceXid`: read in this order, a change committed later is
		 * always at or after the horizon returned here (quotaInputChanges in the schema).
		 */
		async inputChanges(db: Db, sinceXid: number) {
			const [h] = await db
				.select({
					horizon: sql<string>`(pg_snapshot_xmin(pg_current_snapshot())::text)`,
				})
				.from(sql`(select 1) as one`);
			const rows = await db
				.select({ seq: quotaInputChanges.seq, employerId: quotaInputChanges.employerId })
				.from(quotaInputChanges)
				.where(gte(quotaInputChanges.xid, sinceXid));
			return { horizon: Number(h!.horizon), rows };
		},
		/** Agencies and institutions with a 编制数 (the ≥50 / ≥67 rule), with or without figures. */
		staffedPublicEmployers: (db: Db) =>
			db
				.select({
					employerId: employers.id,
					name: employers.name,
					kind: employers.kind,
					townshipCode: employers.townshipCode,
					townshipName: townships.name,
					authorizedStaff: employers.authorizedStaff,
					schoolOrKindergarten: employers.schoolOrKindergarten,
				})
				.from(employers)
				.innerJoin(townships, eq(townships.code, employers.townshipCode))
				.where(
					and(inArray(employers.kind, ['agency', 'institution']), ne(employers.status, 'rejected')),
				)
				.orderBy(asc(employers.name)),
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
