import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { levyRules, localAverageWages, settings } from '@ronghe/db/schema';

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
	};
}
export type LevyRepository = ReturnType<typeof createLevyRepository>;
