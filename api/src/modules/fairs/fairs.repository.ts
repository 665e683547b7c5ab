import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@ronghe/db';
import {
	applications,
	employers,
	fairBookings,
	fairBoothPostings,
	fairBoothReps,
	fairBooths,
	fairContacts,
	fairInterpreterHours,
	fairInterpreters,
	fairQueueEntries,
	fairRegistrations,
	fairs,
	fairSlots,
	fairZones,
	postings,
	townships,
	users,
} from '@ronghe/db/schema';

export type FairsRepository = ReturnType<typeof createFairsRepository>;

/** How long after the last sign of life a registered seeker still counts as online. */
export const ONLINE_WINDOW_SECONDS = 120;

const count = sql<number>`count(*)::int`;

/** Reads of fairs, their zones, interpreter pool and booths, and the lobby's counters. */
export function createFairsRepository() {
	return {
		list: (db: Db) => db.select().from(fairs).orderBy(asc(fairs.startsAt)),
		/** Booths by fair and status, for the organisers' list of fairs. */
		boothCounts: (db: Db) =>
			db
				.select({
					fairId: fairBooths.fairId,
					status: fairBooths.status,
					n: sql<number>`count(*)::int`,
				})
				.from(fairBooths)
				.groupBy(fairBooths.fairId, fairBooths.status),
		fair: async (db: Db, id: string) => (await db.select().from(fairs).where(eq(fairs.id, id)))[0],
		zones: (db: Db, fairId: string) =>
			db
				.select()
				.from(fairZones)
				.where(eq(fairZones.fairId, fairId))
				.orderBy(asc(fairZones.kind), asc(fairZones.position)),
		async interpreters(db: Db, fairId: string) {
			const rows = await db
				.select({
					id: fairInterpreters.id,
					name: fairInterpreters.name,
					startsAt: fairInterpreterHours.startsAt,
					endsAt: fairInterpreterHours.endsAt,
				})
				.from(fairInterpreters)
				.leftJoin(fairInterpreterHours, eq(fairInterpreterHours.interpreterId, fairInterpreters.id))
				.where(eq(fairInterpreters.fairId, fairId))
				.orderBy(asc(fairInterpreters.name), asc(fairInterpreterHours.startsAt));
			const byId = new Map<
				string,
				{ id: string; name: string; hours: { startsAt: Date; endsAt: Date }[] }
			>();
			for (const r of rows) {
				const i = byId.get(r.id) ?? { id: r.id, name: r.name, hours: [] };
				if (r.startsAt && r.endsAt) i.hours.push({ startsAt: r.startsAt, endsAt: r.endsAt });
				byId.set(r.id, i);
			}
			return [...byId.values()];
		},
		booths: (db: Db, fairId: string) =>
			db
				.select({
					booth: fairBooths,
					employerName: employers.name,
					employerKind: employers.kind,
				})
				.from(fairBooths)
				.innerJoin(employers, eq(employers.id, fairBooths.employerId))
				.where(eq(fairBooths.fairId, fairId))
				.orderBy(asc(fairBooths.createdAt), asc(fairBooths.id)),
		boothPostings: (db: Db, boothIds: string[]) =>
			boothIds.length === 0
				? Promise.resolve([])
				: db
						.select({
							boothId: fairBoothPostings.boothId,
							id: postings.id,
							title: postings.title,
							headcount: postings.headcount,
							status: postings.status,
							townshipName: sql<string>`coalesce(${townships.name}, '')`,
						})
						.from(fairBoothPostings)
						.innerJoin(postings, eq(postings.id, fairBoothPostings.postingId))
						.leftJoin(townships, eq(townships.code, postings.townshipCode))
						.where(inArray(fairBoothPostings.boothId, boothIds))
						.orderBy(asc(postings.title)),
		boothReps: (db: Db, boothIds: string[]) =>
			boothIds.length === 0
				? Promise.resolve([])
				: db
						.select({
							boothId: fairBoothReps.boothId,
							userId: fairBoothReps.userId,
							name: users.displayName,
							role: fairBoothReps.role,
						})
						.from(fairBoothReps)
						.innerJoin(users, eq(users.id, fairBoothReps.userId))
						.where(inArray(fairBoothReps.boothId, boothIds))
						.orderBy(asc(fairBoothReps.role), asc(users.displayName)),
		/** Per booth: seekers waiting in its queue and its slots nobody booked. */
		async boothLoad(db: Db, fairId: string) {
			const waiting = await db
				.select({ boothId: fairQueueEntries.boothId, n: count })
				.from(fairQueueEntries)
				.innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
				.where(and(eq(fairBooths.fairId, fairId), eq(fairQueueEntries.status, 'waiting')))
				.groupBy(fairQueueEntries.boothId);
			const free = await db
				.select({ boothId: fairSlots.boothId, n: count })
				.from(fairSlots)
				.innerJoin(fairBooths, eq(fairBooths.id, fairSlots.boothId))
				.where(
					and(
						eq(fairBooths.fairId, fairId),
						sql`not exists (select 1 from ${fairBookings} b where b.slot_id = fair_slots.id and b.status = 'booked')`,
					),
				)
				.groupBy(fairSlots.boothId);
			return {
				waiting: new Map(waiting.map((r) => [r.boothId, r.n])),
				free: new Map(free.map((r) => [r.boothId, r.n])),
			};
		},
		registration: async (db: Db, fairId: string, personId: string) =>
			(
				await db
					.select()
					.from(fairRegistrations)
					.where(
						and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.personId, personId)),
					)
			)[0],
		/** The lobby's counters, read back from the tables (several API processes agree). */
		async counters(db: Db, fairId: string) {
			const [row] = rowsOf<Record<string, number>>(
				await db.execute(sql`
				select
					(select count(*)::int from ${fairRegistrations} r where r.fair_id = ${fairId}
						and r.last_seen_at > now() - make_interval(secs => ${ONLINE_WINDOW_SECONDS})) as "seekersOnline",
					(select count(*)::int from ${fairRegistrations} r where r.fair_id = ${fairId}) as "registered",
					(select count(*)::int from ${fairBooths} b where b.fair_id = ${fairId} and b.status = 'approved') as "boothsOpen",
					(select count(*)::int from ${applications} a where a.fair_id = ${fairId}) as "applications",
					(select count(*)::int from ${fairQueueEntries} q join ${fairBooths} b on b.id = q.booth_id
						where b.fair_id = ${fairId} and q.status = 'waiting') as "chatsWaiting",
					(select count(*)::int from ${fairQueueEntries} q join ${fairBooths} b on b.id = q.booth_id
						where b.fair_id = ${fairId} and q.status = 'chatting') as "chatsOpen",
					(select count(*)::int from ${fairBookings} k where k.fair_id = ${fairId} and k.status = 'booked') as "interviewsBooked",
					(select count(*)::int from ${fairContacts} c join ${fairBooths} b on b.id = c.booth_id
						where b.fair_id = ${fairId} and c.intention_at is not null) as "intentions"
			`),
			);
			return row!;
		},
		/** A seeker's booked interviews at the fair, with the employer and interpreter names. */
		bookingsOf: (db: Db, fairId: string, personId: string) =>
			db
				.select({
					id: fairBookings.id,
					boothId: fairBookings.boothId,
					employerName: employers.name,
					startsAt: fairBookings.startsAt,
					endsAt: fairBookings.endsAt,
					interpreter: fairInterpreters.name,
					link: fairBookings.link,
				})
				.from(fairBookings)
				.innerJoin(fairBooths, eq(fairBooths.id, fairBookings.boothId))
				.innerJoin(employers, eq(employers.id, fairBooths.employerId))
				.leftJoin(fairInterpreters, eq(fairInterpreters.id, fairBookings.interpreterId))
				.where(
					and(
						eq(fairBookings.fairId, fairId),
						eq(fairBookings.personId, personId),
						eq(fairBookings.status, 'booked'),
					),
				)
				.orderBy(asc(fairBookings.startsAt)),
		intentionCount: (db: Db, boothId: string) =>
			db
				.select({ n: count })
				.from(fairContacts)
				.where(and(eq(fairContacts.boothId, boothId), isNotNull(fairContacts.intentionAt))),
	};
}
