import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	annualReviews,
	employerDisabledEmployees,
	employers,
	people,
	type NewEmployerDisabledEmployee,
} from '@ronghe/db/schema';

type Status = (typeof annualReviews.$inferSelect)['status'];
export type ReviewFilter = { year?: number | undefined; status?: Status | undefined };

const reviewWhere = (f: ReviewFilter): SQL | undefined =>
	and(
		f.year === undefined ? undefined : eq(annualReviews.year, f.year),
		f.status === undefined ? undefined : eq(annualReviews.status, f.status),
	);

export function createAnnualReviewsRepository() {
	return {
		async employer(db: Db, employerId: string) {
			const [row] = await db
				.select({
					id: employers.id,
					name: employers.name,
					uscc: employers.uscc,
					status: employers.status,
				})
				.from(employers)
				.where(eq(employers.id, employerId));
			return row;
		},
		async review(db: Db, employerId: string, year: number) {
			const [row] = await db
				.select()
				.from(annualReviews)
				.where(and(eq(annualReviews.employerId, employerId), eq(annualReviews.year, year)));
			return row;
		},
		/** Locks the review row (created as a draft if missing), so status changes are serialised. */
		async lockReview(db: Db, employerId: string, year: number) {
			await db.insert(annualReviews).values({ employerId, year }).onConflictDoNothing();
			const [row] = await db
				.select()
				.from(annualReviews)
				.where(and(eq(annualReviews.employerId, employerId), eq(annualReviews.year, year)))
				.for('update');
			return row!;
		},
		setReview: (
			db: Db,
			employerId: string,
			year: number,
			set: Partial<typeof annualReviews.$inferInsert>,
		) =>
			db
				.update(annualReviews)
				.set({ ...set, updatedAt: new Date() })
				.where(and(eq(annualReviews.employerId, employerId), eq(annualReviews.year, year))),
		async employee(db: Db, id: string) {
			const [row] = await db
				.select()
				.from(employerDisabledEmployees)
				.where(eq(employerDisabledEmployees.id, id));
			return row;
		},
		async insertEmployee(db: Db, row: NewEmployerDisabledEmployee) {
			const [created] = await db.insert(employerDisabledEmployees).values(row).returning();
			return created!;
		},
		updateEmployee: (db: Db, id: string, set: Partial<NewEmployerDisabledEmployee>) =>
			db
				.update(employerDisabledEmployees)
				.set({ ...set, updatedAt: new Date() })
				.where(eq(employerDisabledEmployees.id, id)),
		deleteEmployee: (db: Db, id: string) =>
			db.delete(employerDisabledEmployees).where(eq(employerDisabledEmployees.id, id)),
		async personIdByHash(db: Db, idNumberHash: string) {
			const [row] = await db
				.select({ id: people.id })
				.from(people)
				.where(eq(people.idNumberHash, idNumberHash));
			return row?.id ?? null;
		},
		/** Other employers' rows of the same people in the same year (for the 挂靠 flag). */
		sameHashElsewhere: (db: Db, employerId: string, year: number, hashes: string[]) =>
			hashes.length === 0
				? Promise.resolve([])
				: db
						.select({
							idNumberHash: employerDisabledEmployees.idNumberHash,
							employerName: employers.name,
							contractStart: employerDisabledEmployees.contractStart,
							contractEnd: employerDisabledEmployees.contractEnd,
						})
						.from(employerDisabledEmployees)
						.innerJoin(employers, eq(employers.id, employerDisabledEmployees.employerId))
						.where(
							and(
								eq(employerDisabledEmployees.year, year),
								ne(employerDisabledEmployees.employerId, employerId),
								inArray(employerDisabledEmployees.idNumberHash, hashes),
							),
						),
		async list(db: Db, f: ReviewFilter, limit: number, offset: number) {
			const where = reviewWhere(f);
			const employees = db
				.select({
					employerId: employerDisabledEmployees.employerId,
					year: employerDisabledEmployees.year,
					n: count().as('n'),
				})
				.from(employerDisabledEmployees)
				.groupBy(employerDisabledEmployees.employerId, employerDisabledEmployees.year)
				.as('e');
			const [rows, [total]] = await Promise.all([
				db
					.select({
						review: annualReviews,
						employerName: employers.name,
						employees: sql<number>`coalesce(${employees.n}, 0)::int`,
					})
					.from(annualReviews)
					.innerJoin(employers, eq(employers.id, annualReviews.employerId))
					.leftJoin(
						employees,
						and(
							eq(employees.employerId, annualReviews.employerId),
							eq(employees.year, annualReviews.year),
						),
					)
					.where(where)
					// waiting reviews first, oldest submission first
					.orderBy(
						sql`case ${annualReviews.status} when 'submitted' then 0 when 'returned' then 1 when 'draft' then 2 else 3 end`,
						asc(annualReviews.submittedAt),
						desc(annualReviews.year),
						asc(employers.name),
					)
					.limit(limit)
					.offset(offset),
				db.select({ n: count() }).from(annualReviews).where(where),
			]);
			return { rows, total: total?.n ?? 0 };
		},
		/** Accepted people of approved reviews, with the registry's sex and category when linked. */
		approvedRows: (db: Db, year: number, employerId?: string) =>
			db
				.select({
					employee: employerDisabledEmployees,
					employerName: employers.name,
					uscc: employers.uscc,
					sex: people.sex,
					category: people.category,
				})
				.from(employerDisabledEmployees)
				.innerJoin(
					annualReviews,
					and(
						eq(annualReviews.employerId, employerDisabledEmployees.employerId),
						eq(annualReviews.year, employerDisabledEmployees.year),
					),
				)
				.innerJoin(employers, eq(employers.id, employerDisabledEmployees.employerId))
				.leftJoin(people, eq(people.id, employerDisabledEmployees.personId))
				.where(
					and(
						eq(employerDisabledEmployees.year, year),
						eq(annualReviews.status, 'approved'),
						eq(employerDisabledEmployees.reviewDecision, 'accepted'),
						employerId ? eq(employerDisabledEmployees.employerId, employerId) : undefined,
					),
				)
				.orderBy(
					asc(employers.name),
					asc(employerDisabledEmployees.createdAt),
					asc(employerDisabledEmployees.id),
				),
	};
}
export type AnnualReviewsRepository = ReturnType<typeof createAnnualReviewsRepository>;
