import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	employers,
	fairBookings,
	fairBoothPostings,
	fairBooths,
	fairInterviewRequests,
	fairRegistrations,
	fairSlots,
	people,
	postings,
} from '@ronghe/db/schema';

export type AllocationRepository = ReturnType<typeof createAllocationRepository>;

/** What the fair-wide interview allocation reads. */
export function createAllocationRepository() {
	return {
		/** Every request at an approved booth, with the seeker's registration and names. */
		requests: (db: Db, fairId: string) =>
			db
				.select({
					personId: fairInterviewRequests.personId,
					boothId: fairInterviewRequests.boothId,
					preference: fairInterviewRequests.preference,
					needs: fairRegistrations.needs,
					maxInterviews: fairRegistrations.maxInterviews,
					name: people.fullName,
					employerName: employers.name,
				})
				.from(fairInterviewRequests)
				.innerJoin(fairBooths, eq(fairBooths.id, fairInterviewRequests.boothId))
				.innerJoin(employers, eq(employers.id, fairBooths.employerId))
				.innerJoin(people, eq(people.id, fairInterviewRequests.personId))
				.innerJoin(
					fairRegistrations,
					and(
						eq(fairRegistrations.fairId, fairInterviewRequests.fairId),
						eq(fairRegistrations.personId, fairInterviewRequests.personId),
					),
				)
				.where(and(eq(fairInterviewRequests.fairId, fairId), eq(fairBooths.status, 'approved')))
				.orderBy(asc(fairInterviewRequests.personId), asc(fairInterviewRequests.preference)),
		/** Published postings of each approved booth: a request's score is its best posting's. */
		boothPostings: (db: Db, fairId: string) =>
			db
				.select({ boothId: fairBoothPostings.boothId, postingId: fairBoothPostings.postingId })
				.from(fairBoothPostings)
				.innerJoin(fairBooths, eq(fairBooths.id, fairBoothPostings.boothId))
				.innerJoin(postings, eq(postings.id, fairBoothPostings.postingId))
				.where(and(eq(fairBooths.fairId, fairId), eq(postings.status, 'published'))),
		/** Slots of approved booths nobody booked that have not started. */
		freeSlots: (db: Db, fairId: string, after: Date) =>
			db
				.select({
					id: fairSlots.id,
					boothId: fairSlots.boothId,
					startsAt: fairSlots.startsAt,
					endsAt: fairSlots.endsAt,
				})
				.from(fairSlots)
				.innerJoin(fairBooths, eq(fairBooths.id, fairSlots.boothId))
				.where(
					and(
						eq(fairBooths.fairId, fairId),
						eq(fairBooths.status, 'approved'),
						gt(fairSlots.startsAt, after),
						sql`not exists (select 1 from ${fairBookings} b where b.slot_id = fair_slots.id and b.status = 'booked')`,
					),
				),
		booked: (db: Db, fairId: string) =>
			db
				.select()
				.from(fairBookings)
				.where(and(eq(fairBookings.fairId, fairId), eq(fairBookings.status, 'booked'))),
	};
}
