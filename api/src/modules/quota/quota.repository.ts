import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	employers,
	levyRules,
	localAverageWages,
	quotaDisclosures,
	quotaObjections,
	type NewLevyRule,
} from '@ronghe/db/schema';

/** Staff screens for wages and rules, the disclosure snapshots and their objections. */
export function createQuotaRepository() {
	return {
		wages: (db: Db) =>
			db
				.select()
				.from(localAverageWages)
				.orderBy(desc(localAverageWages.year), asc(localAverageWages.areaCode)),
		async wage(db: Db, areaCode: string, year: number) {
			const [row] = await db
				.select()
				.from(localAverageWages)
				.where(and(eq(localAverageWages.areaCode, areaCode), eq(localAverageWages.year, year)));
			return row;
		},
		saveWage: (db: Db, row: typeof localAverageWages.$inferInsert) =>
			db
				.insert(localAverageWages)
				.values(row)
				.onConflictDoUpdate({
					target: [localAverageWages.areaCode, localAverageWages.year],
					set: {
						averageAnnualWage: row.averageAnnualWage,
						minimumMonthlyWage: row.minimumMonthlyWage ?? null,
						source: row.source ?? '',
						enteredByUserId: row.enteredByUserId ?? null,
						updatedAt: new Date(),
					},
				}),

		rules: (db: Db, provinceCode: string) =>
			db
				.select()
				.from(levyRules)
				.where(eq(levyRules.provinceCode, provinceCode))
				.orderBy(desc(levyRules.collectionYear)),
		saveRule: (db: Db, row: NewLevyRule) => {
			const { provinceCode: _p, collectionYear: _y, ...set } = row;
			return db
				.insert(levyRules)
				.values(row)
				.onConflictDoUpdate({
					target: [levyRules.provinceCode, levyRules.collectionYear],
					set: { ...set, updatedAt: new Date() },
				});
		},

		disclosures: (db: Db) =>
			db.select().from(quotaDisclosures).orderBy(desc(quotaDisclosures.year)),
		async disclosure(db: Db, year: number) {
			const [row] = await db.select().from(quotaDisclosures).where(eq(quotaDisclosures.year, year));
			return row;
		},
		/** The snapshot, unless the year is already published (then nothing is written). */
		async insertDisclosure(db: Db, row: typeof quotaDisclosures.$inferInsert) {
			const [saved] = await db
				.insert(quotaDisclosures)
				.values(row)
				.onConflictDoNothing()
				.returning();
			return saved;
		},

		async objectionByKey(db: Db, idempotencyKey: string) {
			const [row] = await db
				.select()
				.from(quotaObjections)
				.where(eq(quotaObjections.idempotencyKey, idempotencyKey));
			return row;
		},
		async insertObjection(db: Db, row: typeof quotaObjections.$inferInsert) {
			const [saved] = await db
				.insert(quotaObjections)
				.values(row)
				.onConflictDoNothing()
				.returning();
			return saved;
		},
		objections: (db: Db, filter: { year?: number; status?: 'open' | 'answered' }) => {
			const where: SQL | undefined = and(
				filter.year ? eq(quotaObjections.year, filter.year) : undefined,
				filter.status ? eq(quotaObjections.status, filter.status) : undefined,
			);
			return db
				.select({ objection: quotaObjections, employerName: employers.name })
				.from(quotaObjections)
				.leftJoin(employers, eq(employers.id, quotaObjections.employerId))
				.where(where)
				.orderBy(asc(quotaObjections.status), desc(quotaObjections.createdAt));
		},
		async objection(db: Db, id: string) {
			const [row] = await db
				.select({ objection: quotaObjections, employerName: employers.name })
				.from(quotaObjections)
				.leftJoin(employers, eq(employers.id, quotaObjections.employerId))
				.where(eq(quotaObjections.id, id));
			return row;
		},
		answerObjection: (db: Db, id: string, set: Partial<typeof quotaObjections.$inferInsert>) =>
			db.update(quotaObjections).set(set).where(eq(quotaObjections.id, id)),
	};
}
export type QuotaRepository = ReturnType<typeof createQuotaRepository>;
