import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { imports, people, townships, type Import, type NewPerson } from '@ronghe/db/schema';

export type ImportProgress = Partial<
	Pick<
		Import,
		| 'status'
		| 'totalRows'
		| 'processedRows'
		| 'createdRows'
		| 'updatedRows'
		| 'unchangedRows'
		| 'badRows'
		| 'errors'
		| 'failureMessage'
		| 'finishedAt'
	>
>;

/** The columns a roster row can change, read back to tell a real change from none. */
const comparable = {
	id: people.id,
	idNumberHash: people.idNumberHash,
	fullName: people.fullName,
	certificateNumberEnc: people.certificateNumberEnc,
	certificateValidUntil: people.certificateValidUntil,
	category: people.category,
	level: people.level,
	townshipCode: people.townshipCode,
	village: people.village,
	education: people.education,
	phone: people.phone,
	householdType: people.householdType,
	employmentStatus: people.employmentStatus,
	employmentForm: people.employmentForm,
	unemployedReason: people.unemployedReason,
	reviewFlags: people.reviewFlags,
};
export type ComparablePerson = { [K in keyof typeof comparable]: (typeof people.$inferSelect)[K] };

export function createImportsRepository() {
	return {
		async create(db: Db, row: typeof imports.$inferInsert) {
			const [inserted] = await db.insert(imports).values(row).returning();
			return inserted!;
		},
		async find(db: Db, id: string) {
			const [row] = await db.select().from(imports).where(eq(imports.id, id));
			return row;
		},
		/** Until the transaction ends, no other upload of the same file gets past this point. */
		async lockFile(db: Db, fileSha256: string) {
			await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${fileSha256}, 0))`);
		},
		async findActiveBySha(db: Db, fileSha256: string) {
			const [row] = await db
				.select()
				.from(imports)
				.where(
					and(eq(imports.fileSha256, fileSha256), inArray(imports.status, ['queued', 'running'])),
				)
				.orderBy(desc(imports.createdAt))
				.limit(1);
			return row;
		},
		async list(db: Db, limit: number, offset: number) {
			return db
				.select()
				.from(imports)
				.orderBy(desc(imports.createdAt), desc(imports.id))
				.limit(limit)
				.offset(offset);
		},
		async count(db: Db) {
			const [row] = await db.select({ n: count() }).from(imports);
			return row?.n ?? 0;
		},
		async progress(db: Db, id: string, values: ImportProgress) {
			await db.update(imports).set(values).where(eq(imports.id, id));
		},
		/** Imports that were queued or running when the process stopped. */
		async failUnfinished(db: Db, failureMessage: string) {
			return db
				.update(imports)
				.set({ status: 'failed', failureMessage, finishedAt: new Date() })
				.where(inArray(imports.status, ['queued', 'running']))
				.returning({ id: imports.id });
		},
		async townships(db: Db) {
			return db.select({ code: townships.code, name: townships.name }).from(townships);
		},
		async peopleByHash(db: Db, hashes: string[]): Promise<ComparablePerson[]> {
			if (!hashes.length) return [];
			return db.select(comparable).from(people).where(inArray(people.idNumberHash, hashes));
		},
		async insertPeople(db: Db, rows: NewPerson[]) {
			if (!rows.length) return [];
			return db
				.insert(people)
				.values(rows)
				.onConflictDoNothing({ target: people.idNumberHash })
				.returning({ id: people.id, idNumberHash: people.idNumberHash });
		},
		async updatePerson(db: Db, id: string, values: Partial<NewPerson>) {
			await db.update(people).set(values).where(eq(people.id, id));
		},
	};
}
export type ImportsRepository = ReturnType<typeof createImportsRepository>;
