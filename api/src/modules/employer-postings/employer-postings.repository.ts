import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { employers, occupations, postings, townships, type NewPosting } from '@ronghe/db/schema';
import { occupationExists } from '../../references.js';

const columns = {
	posting: postings,
	employerName: employers.name,
	townshipName: townships.name,
	occupationName: occupations.name,
};

/** Postings with the names shown beside them; shared by the employer editor and the review queue. */
const submitted = (townshipCode: string | undefined): SQL | undefined =>
	and(
		eq(postings.status, 'submitted'),
		townshipCode ? eq(postings.townshipCode, townshipCode) : undefined,
	);

export function createEmployerPostingsRepository() {
	const base = (db: Db) =>
		db
			.select(columns)
			.from(postings)
			.innerJoin(employers, eq(employers.id, postings.employerId))
			.innerJoin(townships, eq(townships.code, postings.townshipCode))
			.leftJoin(occupations, eq(occupations.code, postings.occupationCode));
	return {
		async find(db: Db, id: string) {
			const [row] = await base(db).where(eq(postings.id, id));
			return row;
		},
		/** Locks the posting row for a state change inside a transaction. */
		async lock(db: Db, id: string) {
			const [row] = await db.select().from(postings).where(eq(postings.id, id)).for('update');
			return row;
		},
		async listByEmployer(db: Db, employerId: string) {
			return base(db)
				.where(eq(postings.employerId, employerId))
				.orderBy(desc(postings.updatedAt), desc(postings.id));
		},
		async listSubmitted(db: Db, townshipCode: string | undefined, limit: number, offset: number) {
			return base(db)
				.where(submitted(townshipCode))
				.orderBy(asc(postings.submittedAt), asc(postings.id))
				.limit(limit)
				.offset(offset);
		},
		async countSubmitted(db: Db, townshipCode: string | undefined) {
			const [row] = await db.select({ n: count() }).from(postings).where(submitted(townshipCode));
			return row?.n ?? 0;
		},
		async insert(db: Db, row: NewPosting) {
			const [inserted] = await db.insert(postings).values(row).returning({ id: postings.id });
			return inserted!;
		},
		async update(db: Db, id: string, patch: Partial<NewPosting>) {
			await db
				.update(postings)
				.set({ ...patch, updatedAt: new Date() })
				.where(eq(postings.id, id));
		},
		async employer(db: Db, id: string) {
			const [row] = await db
				.select({ id: employers.id, status: employers.status, roles: employers.roles })
				.from(employers)
				.where(eq(employers.id, id));
			return row;
		},
		async township(db: Db, code: string) {
			const [row] = await db.select().from(townships).where(eq(townships.code, code));
			return row;
		},
		occupationExists,
	};
}
export type EmployerPostingsRepository = ReturnType<typeof createEmployerPostingsRepository>;
export type EmployerPostingRow = NonNullable<
	Awaited<ReturnType<EmployerPostingsRepository['find']>>
>;
