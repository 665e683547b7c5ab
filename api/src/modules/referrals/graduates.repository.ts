import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { disabledGraduates as graduates, people, townships } from '@ronghe/db/schema';

// the person's situation is their newest employment record; people.employment_status mirrors
// it and stands in for people without any record yet
const employment = sql<'employed' | 'unemployed'>`coalesce((select er.status::text
	from employment_records er where er.person_id = ${graduates.personId}
	order by er.created_at desc, er.id desc limit 1), ${people.employmentStatus}::text)`;
const openReferrals = sql<number>`(select count(*)::int from referrals rf
	where rf.person_id = ${graduates.personId} and rf.status in ('open', 'in_progress'))`.mapWith(
	Number,
);

const columns = {
	g: graduates,
	personName: people.fullName,
	townshipCode: people.townshipCode,
	townshipName: townships.name,
	employmentStatus: employment,
	openReferrals,
};
export type GraduateRow = Awaited<ReturnType<GraduatesRepository['one']>> & {};

type Filter = {
	year?: number | undefined;
	status: 'unemployed' | 'employed' | 'all';
	township?: string | undefined;
};

/** The 残疾人大学生 list: one row per person, with their current employment situation. */
export function createGraduatesRepository() {
	const base = (db: Db) =>
		db
			.select(columns)
			.from(graduates)
			.innerJoin(people, eq(people.id, graduates.personId))
			.innerJoin(townships, eq(townships.code, people.townshipCode));
	const scoped = (township?: string) => (township ? eq(people.townshipCode, township) : undefined);

	return {
		async list(db: Db, f: Filter, page: { offset: number; limit: number }) {
			const where = and(
				scoped(f.township),
				f.year ? eq(graduates.graduationYear, f.year) : undefined,
				f.status === 'all' ? undefined : sql`${employment} = ${f.status}`,
			);
			const [rows, [total], years] = await Promise.all([
				base(db)
					.where(where)
					// newest graduates first; within a year, those not yet in work first
					.orderBy(
						desc(graduates.graduationYear),
						sql`(${employment} = 'unemployed') desc`,
						asc(people.fullName),
						asc(graduates.id),
					)
					.offset(page.offset)
					.limit(page.limit),
				db
					.select({ n: count() })
					.from(graduates)
					.innerJoin(people, eq(people.id, graduates.personId))
					.where(where),
				db
					.selectDistinct({ y: graduates.graduationYear })
					.from(graduates)
					.innerJoin(people, eq(people.id, graduates.personId))
					.where(scoped(f.township))
					.orderBy(desc(graduates.graduationYear)),
			]);
			return { rows, total: total?.n ?? 0, years: years.map((y) => y.y) };
		},
		async one(db: Db, id: string) {
			const [r] = await base(db).where(eq(graduates.id, id));
			return r;
		},
		async byPerson(db: Db, personId: string) {
			const [r] = await db
				.select({ id: graduates.id })
				.from(graduates)
				.where(eq(graduates.personId, personId));
			return r;
		},
		async insert(db: Db, row: typeof graduates.$inferInsert) {
			const [r] = await db.insert(graduates).values(row).onConflictDoNothing().returning();
			return r;
		},
		async update(db: Db, id: string, set: Partial<typeof graduates.$inferInsert>) {
			await db
				.update(graduates)
				.set({ ...set, updatedAt: new Date() })
				.where(eq(graduates.id, id));
		},
		async remove(db: Db, id: string) {
			await db.delete(graduates).where(eq(graduates.id, id));
		},
		async person(db: Db, id: string) {
			const [r] = await db
				.select({ id: people.id, townshipCode: people.townshipCode })
				.from(people)
				.where(eq(people.id, id));
			return r;
		},
	};
}
export type GraduatesRepository = ReturnType<typeof createGraduatesRepository>;
