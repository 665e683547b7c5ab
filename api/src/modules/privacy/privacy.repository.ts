import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	applications,
	auditLog,
	consents,
	employers,
	invitations,
	notifications,
	people,
	postings,
	savedSearches,
	sessions,
	townships,
	users,
	type NewPerson,
} from '@ronghe/db/schema';

/** Audit entries about one person that a download lists; more would not be read anyway. */
const MAX_AUDIT_ROWS = 5_000;

/** Everything held about one seeker, and the deletion that removes it. */
export function createPrivacyRepository() {
	return {
		async person(db: Db, personId: string) {
			const [row] = await db
				.select({ person: people, townshipName: townships.name })
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(eq(people.id, personId));
			return row;
		},
		async consents(db: Db, personId: string) {
			return db
				.select()
				.from(consents)
				.where(eq(consents.personId, personId))
				.orderBy(asc(consents.grantedAt), asc(consents.id));
		},
		async applications(db: Db, personId: string) {
			return db
				.select({
					postingTitle: postings.title,
					employerName: employers.name,
					status: applications.status,
					createdAt: applications.createdAt,
					updatedAt: applications.updatedAt,
				})
				.from(applications)
				.innerJoin(postings, eq(postings.id, applications.postingId))
				.innerJoin(employers, eq(employers.id, applications.employerId))
				.where(eq(applications.personId, personId))
				.orderBy(desc(applications.createdAt));
		},
		async invitations(db: Db, personId: string) {
			return db
				.select({
					employerName: employers.name,
					postingTitle: postings.title,
					status: invitations.status,
					createdAt: invitations.createdAt,
					respondedAt: invitations.respondedAt,
				})
				.from(invitations)
				.innerJoin(employers, eq(employers.id, invitations.employerId))
				.leftJoin(postings, eq(postings.id, invitations.postingId))
				.where(eq(invitations.personId, personId))
				.orderBy(desc(invitations.createdAt));
		},
		async savedSearches(db: Db, userId: string) {
			return db
				.select()
				.from(savedSearches)
				.where(eq(savedSearches.userId, userId))
				.orderBy(desc(savedSearches.createdAt));
		},
		async notifications(db: Db, userId: string) {
			return db
				.select()
				.from(notifications)
				.where(eq(notifications.userId, userId))
				.orderBy(desc(notifications.createdAt));
		},
		/** Never the token hash: it is a credential, not data about the person. */
		async sessions(db: Db, userId: string) {
			return db
				.select({
					createdAt: sessions.createdAt,
					lastSeenAt: sessions.lastSeenAt,
					expiresAt: sessions.expiresAt,
					userAgent: sessions.userAgent,
				})
				.from(sessions)
				.where(eq(sessions.userId, userId))
				.orderBy(desc(sessions.createdAt));
		},
		async account(db: Db, userId: string) {
			const [row] = await db
				.select({ phone: users.phone, createdAt: users.createdAt })
				.from(users)
				.where(eq(users.id, userId));
			return row;
		},
		/**
		 * Who read or changed the person's record, newest first: the employer's name for HR, the
		 * role (not the name) for staff, and nothing for the person's own acts.
		 */
		async auditAbout(db: Db, personId: string) {
			return db
				.select({
					at: auditLog.at,
					action: auditLog.action,
					actorUserId: auditLog.actorUserId,
					actorRole: users.role,
					employerName: employers.name,
				})
				.from(auditLog)
				.leftJoin(users, eq(users.id, auditLog.actorUserId))
				.leftJoin(employers, eq(employers.id, users.employerId))
				.where(and(eq(auditLog.entity, 'person'), eq(auditLog.entityId, personId)))
				.orderBy(desc(auditLog.at), desc(auditLog.id))
				.limit(MAX_AUDIT_ROWS);
		},
		async passwordHash(db: Db, userId: string) {
			const [row] = await db
				.select({ hash: users.passwordHash })
				.from(users)
				.where(eq(users.id, userId));
			return row?.hash;
		},
		async anonymisedAt(db: Db, personId: string) {
			const [row] = await db
				.select({ at: people.anonymisedAt })
				.from(people)
				.where(eq(people.id, personId));
			return row?.at ?? null;
		},
		/** Locks the person row so two deletions (a double submit) run one after the other. */
		async lockPerson(db: Db, personId: string) {
			const [row] = await db
				.select({ anonymisedAt: people.anonymisedAt })
				.from(people)
				.where(eq(people.id, personId))
				.for('update');
			return row;
		},
		/** Removes the person's own records; the account's rows go with it (cascade). */
		async deleteSeekerData(db: Db, personId: string, userId: string) {
			const count = async (q: Promise<unknown[]>) => (await q).length;
			return {
				applications: await count(
					db
						.delete(applications)
						.where(eq(applications.personId, personId))
						.returning({ id: applications.id }),
				),
				invitations: await count(
					db
						.delete(invitations)
						.where(eq(invitations.personId, personId))
						.returning({ id: invitations.id }),
				),
				consents: await count(
					db.delete(consents).where(eq(consents.personId, personId)).returning({ id: consents.id }),
				),
				// sessions, saved searches and notifications reference the account with ON DELETE CASCADE
				accounts: await count(
					db.delete(users).where(eq(users.id, userId)).returning({ id: users.id }),
				),
			};
		},
		async anonymise(db: Db, personId: string, set: Partial<NewPerson>) {
			await db
				.update(people)
				.set({ ...set, updatedAt: new Date() })
				.where(eq(people.id, personId));
		},
	};
}
export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;
