import { and, eq, gt, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { people, sessions, users, type NewUser, type User } from '@ronghe/db/schema';

export function createAuthRepository() {
	return {
		async findUserByPhone(db: Db, phone: string): Promise<User | undefined> {
			const [row] = await db.select().from(users).where(eq(users.phone, phone));
			return row;
		},
		async findUserById(db: Db, id: string): Promise<User | undefined> {
			const [row] = await db.select().from(users).where(eq(users.id, id));
			return row;
		},
		async updateUser(db: Db, id: string, set: Partial<NewUser>) {
			await db.update(users).set(set).where(eq(users.id, id));
		},
		/**
		 * Counts an attempt before the password is checked, in one statement, so that parallel
		 * guesses cannot all pass a check made before any of them is counted. The attempt that
		 * reaches `waits.after` failures sets the wait at once (a right password then clears it).
		 * Answers undefined while the account waits: that attempt must not be checked at all.
		 */
		async reserveAttempt(
			db: Db,
			id: string,
			at: Date,
			waits: { after: number; firstMs: number; maxMs: number },
		): Promise<{ failedLogins: number; lockedUntil: Date | null } | undefined> {
			const next = sql`${users.failedLogins} + 1`;
			const [row] = await db
				.update(users)
				.set({
					failedLogins: next,
					lockedUntil: sql`case when ${next} >= ${waits.after}
						then ${at.toISOString()}::timestamptz + least(${waits.maxMs}::float8,
							${waits.firstMs}::float8 * power(2, ${next} - ${waits.after})) * interval '1 millisecond'
						else null end`,
				})
				.where(and(eq(users.id, id), or(isNull(users.lockedUntil), lte(users.lockedUntil, at))))
				.returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
			return row;
		},
		async insertSession(db: Db, row: typeof sessions.$inferInsert) {
			await db.insert(sessions).values(row);
		},
		async findSession(db: Db, tokenHash: string, now: Date, oldest: Date) {
			const [row] = await db
				.select({ session: sessions, user: users })
				.from(sessions)
				.innerJoin(users, eq(users.id, sessions.userId))
				.where(
					and(
						eq(sessions.tokenHash, tokenHash),
						gt(sessions.expiresAt, now),
						gt(sessions.createdAt, oldest),
					),
				);
			return row;
		},
		/** Deletes sessions past their idle or absolute end; answers how many. */
		async deleteExpiredSessions(db: Db, now: Date, oldest: Date): Promise<number> {
			const gone = await db
				.delete(sessions)
				.where(or(lte(sessions.expiresAt, now), lte(sessions.createdAt, oldest)))
				.returning({ t: sessions.tokenHash });
			return gone.length;
		},
		async touchSession(db: Db, tokenHash: string, now: Date, expiresAt: Date) {
			await db
				.update(sessions)
				.set({ lastSeenAt: now, expiresAt })
				.where(eq(sessions.tokenHash, tokenHash));
		},
		async deleteSession(db: Db, tokenHash: string): Promise<number> {
			return (await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).returning())
				.length;
		},
		async deleteUserSessions(db: Db, userId: string, exceptTokenHash?: string): Promise<number> {
			const where = exceptTokenHash
				? and(eq(sessions.userId, userId), ne(sessions.tokenHash, exceptTokenHash))
				: eq(sessions.userId, userId);
			return (await db.delete(sessions).where(where).returning({ t: sessions.tokenHash })).length;
		},
		async personTownship(db: Db, personId: string): Promise<string | undefined> {
			const [row] = await db
				.select({ t: people.townshipCode })
				.from(people)
				.where(eq(people.id, personId));
			return row?.t;
		},
		/** What the signed-in seeker's own record adds to the session: display defaults, township. */
		async seekerSessionFacts(db: Db, personId: string) {
			const [row] = await db
				.select({ passport: people.passport, townshipCode: people.townshipCode })
				.from(people)
				.where(eq(people.id, personId));
			return row ?? null;
		},
	};
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
