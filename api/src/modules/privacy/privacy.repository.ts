import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	anonymisedPeople,
	applications,
	auditLog,
	consents,
	employerDisabledEmployees,
	employers,
	invitations,
	notifications,
	people,
	postings,
	savedSearches,
	sessions,
	users,
	type NewAnonymisedPerson,
} from '@ronghe/db/schema';

/** Audit entries about one person that a download lists; more would not be read anyway. */
const MAX_AUDIT_ROWS = 5_000;

/** Everything held about one seeker, and the deletion that removes it. */
export function createPrivacyRepository() {
	return {
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
					note: applications.note,
					sharePassport: applications.sharePassport,
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
		/**
		 * When the deletion was done, from its audit entry: the answer to a retry. Found by the
		 * person, or by the session it was made from (a dead token's hash) since `since`.
		 */
		async erasedAt(db: Db, by: { personId: string } | { tokenHash: string; since: Date }) {
			const [row] = await db
				.select({ at: sql<string>`${auditLog.detail}->>'deletedAt'` })
				.from(auditLog)
				.where(
					'personId' in by
						? and(eq(auditLog.action, 'person.erase'), eq(auditLog.entityId, by.personId))
						: and(
								gte(auditLog.at, by.since),
								eq(auditLog.action, 'person.erase'),
								sql`${auditLog.detail}->>'sessionTokenHash' = ${by.tokenHash}`,
							),
				)
				.limit(1);
			return row?.at ? new Date(row.at) : null;
		},
		/** Locks the person row so two deletions (a double submit) run one after the other. */
		async lockPerson(db: Db, personId: string) {
			const [row] = await db
				.select({ person: people })
				.from(people)
				.where(eq(people.id, personId))
				.for('update');
			return row?.person;
		},
		/**
		 * Removes the person and everything that is theirs. Explicit deletes for the counts in the
		 * audit entry; the rest goes by ON DELETE CASCADE (sessions, saved searches and
		 * notifications with the account; certificates, priority statuses and family members with
		 * the person). An employer's levy roster is the employer's own record:
		 * it keeps its row and loses only the link to the registry.
		 */
		async erase(db: Db, personId: string, userId: string, residue: NewAnonymisedPerson) {
			const count = async (q: Promise<unknown[]>) => (await q).length;
			const removed = {
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
				savedSearches: await count(
					db
						.delete(savedSearches)
						.where(eq(savedSearches.userId, userId))
						.returning({ id: savedSearches.id }),
				),
				notifications: await count(
					db
						.delete(notifications)
						.where(eq(notifications.userId, userId))
						.returning({ id: notifications.id }),
				),
				rosterLinks: await count(
					db
						.update(employerDisabledEmployees)
						.set({ personId: null })
						.where(eq(employerDisabledEmployees.personId, personId))
						.returning({ id: employerDisabledEmployees.id }),
				),
			};
			await db.delete(users).where(eq(users.id, userId));
			await db.delete(people).where(eq(people.id, personId));
			await db.insert(anonymisedPeople).values(residue);
			return removed;
		},
	};
}
export type PrivacyRepository = ReturnType<typeof createPrivacyRepository>;
