import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@ronghe/db';
import {
	applications,
	fairBookings,
	fairBoothPostings,
	fairBoothReps,
	fairBooths,
	fairContacts,
	fairInterpreters,
	fairQueueEntries,
	fairRegistrations,
	people,
	users,
} from '@ronghe/db/schema';

export type BoothRepsRepository = ReturnType<typeof createBoothRepsRepository>;

/** What a booth's reps read: its queue, the seekers they met and its bookings. */
export function createBoothRepsRepository() {
	return {
		isRep: async (db: Db, boothId: string, userId: string) =>
			(
				await db
					.select({ userId: fairBoothReps.userId })
					.from(fairBoothReps)
					.where(and(eq(fairBoothReps.boothId, boothId), eq(fairBoothReps.userId, userId)))
			).length > 0,
		queue: (db: Db, boothId: string) =>
			db
				.select({
					entry: fairQueueEntries,
					name: people.fullName,
					needs: fairRegistrations.needs,
					repName: users.displayName,
				})
				.from(fairQueueEntries)
				.innerJoin(people, eq(people.id, fairQueueEntries.personId))
				.innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
				.leftJoin(
					fairRegistrations,
					and(
						eq(fairRegistrations.fairId, fairBooths.fairId),
						eq(fairRegistrations.personId, fairQueueEntries.personId),
					),
				)
				.leftJoin(users, eq(users.id, fairQueueEntries.repUserId))
				.where(
					and(
						eq(fairQueueEntries.boothId, boothId),
						sql`(${fairQueueEntries.status} in ('waiting', 'chatting') or ${fairQueueEntries.endedAt} > now() - interval '1 day')`,
					),
				)
				.orderBy(asc(fairQueueEntries.joinedAt), asc(fairQueueEntries.id)),
		entry: async (db: Db, entryId: string) =>
			(
				await db
					.select({ entry: fairQueueEntries, fairId: fairBooths.fairId })
					.from(fairQueueEntries)
					.innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
					.where(eq(fairQueueEntries.id, entryId))
			)[0],
		contacts: (db: Db, boothId: string) =>
			db
				.select({ contact: fairContacts, name: people.fullName })
				.from(fairContacts)
				.innerJoin(people, eq(people.id, fairContacts.personId))
				.where(eq(fairContacts.boothId, boothId))
				.orderBy(asc(fairContacts.createdAt)),
		/** Applications of these people to the booth's postings, newest first. */
		applications: (db: Db, boothId: string, personIds: string[]) =>
			personIds.length === 0
				? Promise.resolve([])
				: db
						.select({
							id: applications.id,
							personId: applications.personId,
							status: applications.status,
							postingId: applications.postingId,
						})
						.from(applications)
						.innerJoin(fairBoothPostings, eq(fairBoothPostings.postingId, applications.postingId))
						.where(
							and(
								eq(fairBoothPostings.boothId, boothId),
								inArray(applications.personId, personIds),
							),
						)
						.orderBy(sql`${applications.updatedAt} desc`),
		bookings: (db: Db, boothId: string) =>
			db
				.select({
					booking: fairBookings,
					name: people.fullName,
					interpreter: fairInterpreters.name,
				})
				.from(fairBookings)
				.innerJoin(people, eq(people.id, fairBookings.personId))
				.leftJoin(fairInterpreters, eq(fairInterpreters.id, fairBookings.interpreterId))
				.where(and(eq(fairBookings.boothId, boothId), eq(fairBookings.status, 'booked')))
				.orderBy(asc(fairBookings.startsAt)),
		/** Whether the seeker met this booth: queued, booked or applied to one of its postings. */
		async met(db: Db, boothId: string, personId: string) {
			const [row] = rowsOf<{ met: boolean }>(
				await db.execute(sql`
				select exists (select 1 from ${fairQueueEntries} where booth_id = ${boothId} and person_id = ${personId})
					or exists (select 1 from ${fairBookings} where booth_id = ${boothId} and person_id = ${personId})
					or exists (select 1 from ${applications} a join ${fairBoothPostings} bp on bp.posting_id = a.posting_id
						where bp.booth_id = ${boothId} and a.person_id = ${personId}) as met`),
			);
			return !!row?.met;
		},
	};
}
