import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	consents,
	occupations,
	people,
	townships,
	users,
	type NewPerson,
	type NewUser,
} from '@ronghe/db/schema';

type ConsentKind = (typeof consents.$inferSelect)['kind'];

export function createProfileRepository() {
	return {
		async find(db: Db, personId: string) {
			const [row] = await db
				.select({ person: people, townshipName: townships.name })
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(eq(people.id, personId));
			return row;
		},
		/** Names of occupation codes, for the wishes (codes the table lacks are left out). */
		async occupationNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
			if (codes.length === 0) return new Map();
			const rows = await db
				.select({ code: occupations.code, name: occupations.name })
				.from(occupations)
				.where(inArray(occupations.code, [...codes]));
			return new Map(rows.map((r) => [r.code, r.name]));
		},
		async findByIdHash(db: Db, idNumberHash: string) {
			const [row] = await db.select().from(people).where(eq(people.idNumberHash, idNumberHash));
			return row;
		},
		/** Locks the row so two saves of one person run one after the other. */
		async lock(db: Db, personId: string) {
			await db.execute(sql`select 1 from ${people} where ${people.id} = ${personId} for update`);
		},
		async update(db: Db, personId: string, set: Partial<NewPerson>) {
			await db
				.update(people)
				.set({ ...set, updatedAt: new Date() })
				.where(eq(people.id, personId));
		},
		async insertPerson(db: Db, row: NewPerson) {
			const [inserted] = await db
				.insert(people)
				.values(row)
				.onConflictDoNothing({ target: people.idNumberHash })
				.returning({ id: people.id });
			return inserted;
		},
		async addReviewFlag(db: Db, personId: string, flag: string) {
			await db
				.update(people)
				.set({ reviewFlags: sql`array_append(${people.reviewFlags}, ${flag})` })
				.where(and(eq(people.id, personId), sql`not (${flag} = any(${people.reviewFlags}))`));
		},
		async findUserByPhone(db: Db, phone: string) {
			const [row] = await db.select().from(users).where(eq(users.phone, phone));
			return row;
		},
		async accountOf(db: Db, personId: string) {
			const [row] = await db
				.select({ id: users.id })
				.from(users)
				.where(eq(users.personId, personId));
			return row;
		},
		/** undefined when the phone number was taken meanwhile (unique violation). */
		async insertUser(db: Db, row: NewUser) {
			const [inserted] = await db
				.insert(users)
				.values(row)
				.onConflictDoNothing({ target: users.phone })
				.returning();
			return inserted;
		},
		/** The latest consent row of each kind: the one the visibility rule reads. */
		async linkUser(db: Db, userId: string, personId: string) {
			await db.update(users).set({ personId }).where(eq(users.id, userId));
		},
		async latestConsents(db: Db, personId: string) {
			const rows = await db
				.select()
				.from(consents)
				.where(eq(consents.personId, personId))
				.orderBy(desc(consents.grantedAt), desc(consents.id));
			const latest = new Map<ConsentKind, (typeof rows)[number]>();
			for (const row of rows) if (!latest.has(row.kind)) latest.set(row.kind, row);
			return latest;
		},
		async insertConsent(db: Db, row: typeof consents.$inferInsert) {
			await db.insert(consents).values(row);
		},
		async withdrawConsent(db: Db, personId: string, kind: ConsentKind, at: Date) {
			return db
				.update(consents)
				.set({ withdrawnAt: at })
				.where(
					and(
						eq(consents.personId, personId),
						eq(consents.kind, kind),
						isNull(consents.withdrawnAt),
					),
				)
				.returning({ id: consents.id });
		},
	};
}
export type ProfileRepository = ReturnType<typeof createProfileRepository>;
