import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	applicationEvents,
	applications,
	employers,
	people,
	postings,
	townships,
	users,
	type Application,
} from '@ronghe/db/schema';

type NewEvent = typeof applicationEvents.$inferInsert;

export function createApplicationsRepository() {
	return {
		async posting(db: Db, postingId: string) {
			const [row] = await db
				.select({
					id: postings.id,
					title: postings.title,
					status: postings.status,
					employerId: postings.employerId,
					headcount: postings.headcount,
					postType: postings.postType,
					payMin: postings.payMin,
					publishedAt: postings.publishedAt,
					employerName: employers.name,
				})
				.from(postings)
				.innerJoin(employers, eq(employers.id, postings.employerId))
				.where(eq(postings.id, postingId));
			return row;
		},
		/** Inserts unless the person already applied to the posting or sent the same key. */
		async insertIfNew(db: Db, row: typeof applications.$inferInsert) {
			const [created] = await db.insert(applications).values(row).onConflictDoNothing().returning();
			return created;
		},
		async byPersonPosting(db: Db, personId: string, postingId: string) {
			const [row] = await db
				.select()
				.from(applications)
				.where(and(eq(applications.personId, personId), eq(applications.postingId, postingId)));
			return row;
		},
		async byPersonKey(db: Db, personId: string, key: string) {
			const [row] = await db
				.select()
				.from(applications)
				.where(and(eq(applications.personId, personId), eq(applications.idempotencyKey, key)));
			return row;
		},
		async lock(db: Db, id: string): Promise<Application | undefined> {
			const [row] = await db
				.select()
				.from(applications)
				.where(eq(applications.id, id))
				.for('update');
			return row;
		},
		async setStatus(db: Db, id: string, set: Partial<typeof applications.$inferInsert>) {
			await db
				.update(applications)
				.set({ ...set, updatedAt: new Date() })
				.where(eq(applications.id, id));
		},
		async addEvent(db: Db, e: NewEvent) {
			await db.insert(applicationEvents).values(e);
		},
		async mine(db: Db, personId: string) {
			return db
				.select({
					a: applications,
					postingTitle: postings.title,
					employerName: employers.name,
				})
				.from(applications)
				.innerJoin(postings, eq(postings.id, applications.postingId))
				.innerJoin(employers, eq(employers.id, applications.employerId))
				.where(eq(applications.personId, personId))
				.orderBy(desc(applications.statusChangedAt), desc(applications.id));
		},
		async events(db: Db, ids: string[]) {
			if (ids.length === 0) return [];
			return db
				.select()
				.from(applicationEvents)
				.where(inArray(applicationEvents.applicationId, ids))
				.orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
		},
		async forPosting(db: Db, postingId: string) {
			return db
				.select({ a: applications, fullName: people.fullName, townshipName: townships.name })
				.from(applications)
				.innerJoin(people, eq(people.id, applications.personId))
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(eq(applications.postingId, postingId))
				.orderBy(desc(applications.createdAt), desc(applications.id));
		},
		async one(db: Db, id: string) {
			const [row] = await db
				.select({
					a: applications,
					fullName: people.fullName,
					townshipName: townships.name,
					postingTitle: postings.title,
				})
				.from(applications)
				.innerJoin(people, eq(people.id, applications.personId))
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.innerJoin(postings, eq(postings.id, applications.postingId))
				.where(eq(applications.id, id));
			return row;
		},
		async hiredCount(db: Db, postingId: string) {
			const [row] = await db
				.select({ n: count() })
				.from(applications)
				.where(and(eq(applications.postingId, postingId), eq(applications.status, 'hired')));
			return row?.n ?? 0;
		},
		async markFilled(db: Db, postingId: string) {
			await db
				.update(postings)
				.set({ status: 'filled', updatedAt: new Date() })
				.where(and(eq(postings.id, postingId), eq(postings.status, 'published')));
		},
		/** The accounts that hear about a person: the seeker's own (代办 staff see it on the page). */
		async seekerUsers(db: Db, personId: string) {
			const rows = await db
				.select({ id: users.id })
				.from(users)
				.where(and(eq(users.personId, personId), eq(users.role, 'seeker')));
			return rows.map((r) => r.id);
		},
		async employerUsers(db: Db, employerId: string) {
			const rows = await db
				.select({ id: users.id })
				.from(users)
				.where(and(eq(users.employerId, employerId), eq(users.role, 'employer')));
			return rows.map((r) => r.id);
		},
		/** Hires the employer has not yet put on a roster or turned down. */
		async proposals(db: Db, employerId: string) {
			return db
				.select({ a: applications, fullName: people.fullName, postingTitle: postings.title })
				.from(applications)
				.innerJoin(people, eq(people.id, applications.personId))
				.innerJoin(postings, eq(postings.id, applications.postingId))
				.where(
					and(eq(applications.employerId, employerId), eq(applications.rosterProposal, 'pending')),
				)
				.orderBy(desc(applications.statusChangedAt));
		},
		async person(db: Db, personId: string) {
			const [row] = await db.select().from(people).where(eq(people.id, personId));
			return row;
		},
		/** Staff counts; `townshipCode` limits them to the seekers of one township. */
		async counts(db: Db, by: 'employer' | 'posting' | 'township', townshipCode?: string) {
			const name = { employer: employers.name, posting: postings.title, township: townships.name }[
				by
			];
			const key = { employer: employers.id, posting: postings.id, township: townships.code }[by];
			return db
				.select({
					name,
					total: count(),
					hired: sql<number>`count(*) filter (where ${applications.status} = 'hired')`.mapWith(
						Number,
					),
				})
				.from(applications)
				.innerJoin(postings, eq(postings.id, applications.postingId))
				.innerJoin(employers, eq(employers.id, applications.employerId))
				.innerJoin(people, eq(people.id, applications.personId))
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(townshipCode ? eq(people.townshipCode, townshipCode) : undefined)
				.groupBy(key, name)
				.orderBy(desc(count()), name)
				.limit(50);
		},
	};
}
export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
