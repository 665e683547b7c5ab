import { and, asc, count, eq, ilike, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { auditLog, consents, people, townships, type NewPerson } from '@ronghe/db/schema';

export type PersonFilter = { townshipCode?: string | undefined; nameContains?: string | undefined };

const where = (f: PersonFilter): SQL | undefined =>
	and(
		f.townshipCode ? eq(people.townshipCode, f.townshipCode) : undefined,
		f.nameContains
			? ilike(people.fullName, `%${f.nameContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
			: undefined,
	);

export function createPeopleRepository() {
	return {
		async insert(db: Db, row: NewPerson) {
			const [inserted] = await db
				.insert(people)
				.values(row)
				.onConflictDoNothing({ target: people.idNumberHash })
				.returning();
			return inserted;
		},
		async findByIdHash(db: Db, idNumberHash: string) {
			const [row] = await db
				.select({
					id: people.id,
					idNumberMasked: people.idNumberMasked,
					townshipCode: people.townshipCode,
				})
				.from(people)
				.where(eq(people.idNumberHash, idNumberHash));
			return row;
		},
		async find(db: Db, id: string) {
			const [row] = await db
				.select({ person: people, townshipName: townships.name })
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(eq(people.id, id));
			return row;
		},
		async list(db: Db, f: PersonFilter, limit: number, offset: number) {
			return db
				.select({ person: people, townshipName: townships.name })
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(where(f))
				.orderBy(asc(people.fullName), asc(people.id))
				.limit(limit)
				.offset(offset);
		},
		async count(db: Db, f: PersonFilter) {
			const [row] = await db.select({ n: count() }).from(people).where(where(f));
			return row?.n ?? 0;
		},
		async consentsOf(db: Db, personId: string) {
			return db
				.select()
				.from(consents)
				.where(eq(consents.personId, personId))
				.orderBy(asc(consents.grantedAt));
		},
		async insertConsent(db: Db, row: typeof consents.$inferInsert) {
			await db.insert(consents).values(row);
		},
		async audit(db: Db, entry: typeof auditLog.$inferInsert) {
			await db.insert(auditLog).values(entry);
		},
	};
}
export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
