import { and, asc, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { PersonListQuery } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	consents,
	people,
	personCertificates,
	townships,
	users,
	type NewPerson,
} from '@ronghe/db/schema';

export type PersonFilter = {
	townshipCode?: string | undefined;
	nameContains?: string | undefined;
	idNumberHash?: string | undefined;
	category?: number | undefined;
	level?: number | undefined;
	employmentStatus?: 'employed' | 'unemployed' | undefined;
	flagged?: 'yes' | 'no' | undefined;
	source?: 'staff' | 'self' | 'import' | undefined;
};

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

const where = (f: PersonFilter): SQL | undefined =>
	and(
		f.townshipCode ? eq(people.townshipCode, f.townshipCode) : undefined,
		f.idNumberHash ? eq(people.idNumberHash, f.idNumberHash) : undefined,
		f.nameContains ? ilike(people.fullName, `%${escapeLike(f.nameContains)}%`) : undefined,
		f.category ? eq(people.category, f.category) : undefined,
		f.level ? eq(people.level, f.level) : undefined,
		f.employmentStatus ? eq(people.employmentStatus, f.employmentStatus) : undefined,
		f.flagged === 'yes' ? sql`cardinality(${people.reviewFlags}) > 0` : undefined,
		f.flagged === 'no' ? sql`cardinality(${people.reviewFlags}) = 0` : undefined,
		f.source ? eq(people.source, f.source) : undefined,
	);

// Every order ends with the id, so pages never repeat or skip a person.
const ORDER: Record<PersonListQuery['sort'], SQL[]> = {
	name: [asc(people.fullName), asc(people.id)],
	newest: [desc(people.createdAt), asc(people.id)],
	township: [asc(townships.name), asc(people.fullName), asc(people.id)],
};

/** Where a keyset page ends: the last row's values of every sort key. */
export type PersonCursor = {
	id: string;
	fullName: string;
	townshipName: string;
	createdAt: string;
};

/** The rows after a cursor, in each ORDER above. */
const AFTER: Record<PersonListQuery['sort'], (c: PersonCursor) => SQL> = {
	name: (c) => sql`(${people.fullName}, ${people.id}) > (${c.fullName}, ${c.id}::uuid)`,
	newest: (c) =>
		sql`(${people.createdAt} < ${c.createdAt}::timestamptz or (${people.createdAt} = ${c.createdAt}::timestamptz and ${people.id} > ${c.id}::uuid))`,
	township: (c) =>
		sql`(${townships.name}, ${people.fullName}, ${people.id}) > (${c.townshipName}, ${c.fullName}, ${c.id}::uuid)`,
};

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
				.select({
					person: people,
					townshipName: townships.name,
					registeredByName: users.displayName,
				})
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.leftJoin(users, eq(users.id, people.registeredByUserId))
				.where(eq(people.id, id));
			return row;
		},
		async list(
			db: Db,
			f: PersonFilter,
			sort: PersonListQuery['sort'],
			limit: number,
			offset: number,
		) {
			return db
				.select({ person: people, townshipName: townships.name })
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(where(f))
				.orderBy(...ORDER[sort])
				.limit(limit)
				.offset(offset);
		},
		/**
		 * Keyset paging for the export: the next `limit` people by id after `afterId`. Rows added or
		 * removed meanwhile never shift the pages, so nobody is written twice or skipped.
		 */
		/**
		 * One keyset page in the list's order (an export's): the rows after `after`, the last row
		 * of the page before. Its sort values are carried as the database gave them (the time as
		 * text, to the microsecond), so no row is skipped or repeated between pages.
		 */
		async listAfter(
			db: Db,
			f: PersonFilter,
			sort: PersonListQuery['sort'],
			after: PersonCursor | undefined,
			limit: number,
		) {
			return db
				.select({
					person: people,
					townshipName: townships.name,
					cursor: {
						id: people.id,
						fullName: people.fullName,
						townshipName: townships.name,
						createdAt: sql<string>`${people.createdAt}::text`,
					},
				})
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(and(where(f), after ? AFTER[sort](after) : undefined))
				.orderBy(...ORDER[sort])
				.limit(limit);
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
		async certificatesOf(db: Db, personId: string) {
			return db
				.select()
				.from(personCertificates)
				.where(eq(personCertificates.personId, personId))
				.orderBy(asc(personCertificates.kind), asc(personCertificates.issuedOn));
		},
		async insertConsent(db: Db, row: typeof consents.$inferInsert) {
			await db.insert(consents).values(row);
		},
	};
}
export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
