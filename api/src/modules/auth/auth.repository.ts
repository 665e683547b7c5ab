import { and, eq, gt, ne, sql } from 'drizzle-orm';
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
		async countFailure(db: Db, id: string): Promise<number> {
			const [row] = await db
				.update(users)
				.set({ failedLogins: sql`${users.failedLogins} + 1` })
				.where(eq(users.id, id))
				.returning({ failedLogins: users.failedLogins });
			return row?.failedLogins ?? 0;
		},
		async insertSession(db: Db, row: typeof sessions.$inferInsert) {
			await db.insert(sessions).values(row);
		},
		async findSession(db: Db, tokenHash: string, now: Date) {
			const [row] = await db
				.select({ session: sessions, user: users })
				.from(sessions)
				.innerJoin(users, eq(users.id, sessions.userId))
				.where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
			return row;
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
		async passportOf(db: Db, personId: string) {
			const [row] = await db
				.select({ passport: people.passport })
				.from(people)
				.where(eq(people.id, personId));
			return row?.passport ?? null;
		},
	};
}
export type AuthRepository = ReturnType<typeof createAuthRepository>;
