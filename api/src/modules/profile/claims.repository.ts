import { and, asc, eq, gt, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { people, personClaims, users } from '@ronghe/db/schema';

export function createClaimsRepository() {
	return {
		async insert(db: Db, row: typeof personClaims.$inferInsert) {
			await db.insert(personClaims).values(row);
		},
		async ofUser(db: Db, userId: string) {
			const [row] = await db.select().from(personClaims).where(eq(personClaims.userId, userId));
			return row;
		},
		async find(db: Db, id: string) {
			const [row] = await db.select().from(personClaims).where(eq(personClaims.id, id));
			return row;
		},
		/**
		 * Counts a code attempt before the code is compared, in one statement, so parallel guesses
		 * get at most `max` comparisons. Undefined when no live code is left to try.
		 */
		async reserveCodeAttempt(db: Db, userId: string, at: Date, max: number) {
			const [row] = await db
				.update(personClaims)
				.set({ codeAttempts: sql`${personClaims.codeAttempts} + 1` })
				.where(
					and(
						eq(personClaims.userId, userId),
						isNotNull(personClaims.codeHash),
						gt(personClaims.codeExpiresAt, at),
						lt(personClaims.codeAttempts, max),
					),
				)
				.returning();
			return row;
		},
		/** Codes sent for one person since `since`: a stranger must not flood their phone. */
		async codesSentSince(db: Db, personId: string, since: Date): Promise<number> {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(personClaims)
				.where(
					and(
						eq(personClaims.personId, personId),
						isNotNull(personClaims.codeHash),
						gt(personClaims.createdAt, since),
					),
				);
			return row?.n ?? 0;
		},
		async ofPerson(db: Db, personId: string) {
			return db
				.select({ claim: personClaims, user: users })
				.from(personClaims)
				.innerJoin(users, eq(users.id, personClaims.userId))
				.where(eq(personClaims.personId, personId))
				.orderBy(asc(personClaims.createdAt));
		},
		async delete(db: Db, id: string) {
			await db.delete(personClaims).where(eq(personClaims.id, id));
		},
		/** Links a still unlinked account; false when it is linked already (a second confirm). */
		async link(db: Db, userId: string, personId: string): Promise<boolean> {
			const rows = await db
				.update(users)
				.set({ personId, updatedAt: new Date() })
				.where(and(eq(users.id, userId), isNull(users.personId)))
				.returning({ id: users.id });
			return rows.length > 0;
		},
		async personTownship(db: Db, personId: string): Promise<string | undefined> {
			const [row] = await db
				.select({ t: people.townshipCode })
				.from(people)
				.where(eq(people.id, personId));
			return row?.t;
		},
	};
}
export type ClaimsRepository = ReturnType<typeof createClaimsRepository>;
