import { and, asc, eq, inArray, isNotNull, isNull, notExists, or, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { users } from '../schema/accounts.js';
import { employers } from '../schema/employers.js';
import { fairBoothPostings, fairBoothReps, fairBooths, fairSlots } from '../schema/fair-booths.js';
import { fairFollowUps, fairInterviewRequests } from '../schema/fair-outcomes.js';
import {
	fairBookings,
	fairChatMessages,
	fairContacts,
	fairQueueEntries,
	fairRegistrations,
} from '../schema/fair-participation.js';
import { fairInterpreterHours, fairInterpreters, fairZones, type fairs } from '../schema/fairs.js';
import { applicationEvents, applications } from '../schema/matching.js';
import { people } from '../schema/people.js';
import { postings } from '../schema/postings.js';
import { DEMO_ACCOUNTS, demoSeekerPerson, firstDemoRecords } from './accounts.js';
import { bulkInsert } from './bulk.js';
import { planFinishedFair, type ParticipantsContext } from './fair-finished.js';
import { planLiveFair } from './fair-live.js';
import { seedFairPostings } from './fair-postings.js';
import { drawNeeds, register, type Seeker } from './fair-seekers.js';
import {
	chooseExhibitors,
	createHistoryRows,
	setupFair,
	type DemoFair,
	type Exhibitor,
	type FairSetup,
	type HistoryRows,
} from './fair-setup.js';
import { addMinutes, createCalendar, earlier } from './fair-times.js';
import type { Random } from './random.js';

type NewFair = typeof fairs.$inferInsert;

export type FairHistoryCounts = {
	fairPostings: number;
	fairBooths: number;
	fairRegistrations: number;
	fairApplications: number;
	fairBookings: number;
};

/**
 * The demo fairs' records (issue 14 §10), written straight to the tables in one transaction: the
 * finished fair's booths, seekers, applications, interviews, chats, intentions, hires and 回访
 * visits; the upcoming fair's booths (the demo employer's among them), registrations and
 * interview wishes; the live fair's booths, seekers online, queues, chats and bookings. Only
 * fairs this run inserted get a history, drawn from this run's seekers and published postings
 * (and the demo employer's own), each fair from a seeded stream of its own. Bookings never
 * overlap for a seeker or an interpreter, by construction; the database checks it again.
 */
export async function seedFairHistory(
	db: Db,
	stream: (label: string) => Random,
	input: {
		now: Date;
		fairs: readonly NewFair[];
		seekerIds: readonly string[];
		postingIds: readonly string[];
	},
): Promise<FairHistoryCounts> {
	const { now } = input;
	const { employerId: demoEmployerId } = await firstDemoRecords(db);
	const demoSeeker = await demoSeekerPerson(db);
	const pool = await exhibitors(db, input.postingIds, demoEmployerId);
	const rows = createHistoryRows();
	const fairOf = (state: NewFair['state']) => {
		const f = input.fairs.find((x) => x.state === state);
		return f && toDemoFair(f);
	};
	const setUp = (
		label: string,
		fair: DemoFair | undefined,
		counts: (rng: Random) => { approved: number; others: number },
		othersStatus: 'pending' | 'refused',
	) => {
		if (!fair) return undefined;
		const rng = stream(label);
		const chosen = chooseExhibitors(rng, pool, counts(rng), demoEmployerId);
		return { rng, setup: setupFair(rng, rows, fair, { ...chosen, othersStatus }, now) };
	};
	// 8–12 approved booths and one refused; 5 approved and 2 waiting; 6 approved
	const finished = setUp(
		'fair_history_finished',
		fairOf('closed'),
		(rng) => ({ approved: rng.int(8, 12), others: 1 }),
		'refused',
	);
	const upcoming = setUp(
		'fair_history_upcoming',
		fairOf('published'),
		() => ({ approved: 5, others: 2 }),
		'pending',
	);
	const live = setUp(
		'fair_history_live',
		fairOf('open'),
		() => ({ approved: 6, others: 0 }),
		'pending',
	);

	const seekers = (await seekersOf(db, input.seekerIds)).filter((s) => s.id !== demoSeeker?.id);
	const ctx: ParticipantsContext = {
		now,
		seekers,
		calendar: createCalendar(),
		booked: new Set(),
		taken: await appliedPairs(db, [...new Set(rows.boothPostings.map((r) => r.postingId))]),
	};
	if (finished) planFinishedFair(finished.rng, rows, finished.setup, ctx);
	if (upcoming) planUpcomingFair(upcoming.rng, rows, upcoming.setup, ctx);
	if (live) {
		const demo = demoSeeker && (await seekersOf(db, [demoSeeker.id]))[0];
		planLiveFair(live.rng, rows, live.setup, { ...ctx, demoSeeker: demo ?? null });
	}
	return writeRows(db, rows);
}

function toDemoFair(f: NewFair): DemoFair {
	return {
		id: f.id!,
		startsAt: f.startsAt,
		endsAt: f.endsAt,
		opensAtMinute: f.opensAtMinute ?? 540,
		closesAtMinute: f.closesAtMinute ?? 1020,
		createdAt: f.createdAt ?? f.startsAt,
	};
}

/** 15–30 registered seekers, most with one to three interview wishes in their order. */
function planUpcomingFair(
	rng: Random,
	rows: HistoryRows,
	{ fair, booths }: FairSetup,
	ctx: ParticipantsContext,
) {
	for (const s of rng.sample(ctx.seekers, rng.int(15, 30))) {
		const registeredAt = rng.dateBetween(fair.createdAt, ctx.now);
		const lastSeenAt = earlier(addMinutes(registeredAt, rng.int(0, 30)), ctx.now);
		const needs = drawNeeds(rng, s.category);
		register(rng, rows, fair.id, { ...s, needs }, { registeredAt, lastSeenAt });
		if (!booths.length || !rng.chance(0.6)) continue;
		rng.sample(booths, rng.int(1, 3)).forEach((b, i) =>
			rows.requests.push({
				id: rng.uuid(),
				fairId: fair.id,
				personId: s.id,
				boothId: b.id,
				preference: i + 1,
				createdAt: lastSeenAt,
			}),
		);
	}
}

/** The given people with their category, in the given order. */
async function seekersOf(db: Db, ids: readonly string[]): Promise<Seeker[]> {
	if (!ids.length) return [];
	const found = await db
		.select({ id: people.id, category: people.category })
		.from(people)
		.where(inArray(people.id, [...ids]));
	const byId = new Map(found.map((p) => [p.id, p]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Approved employers with their published postings (of this run, and the demo employer's). */
async function exhibitors(
	db: Db,
	postingIds: readonly string[],
	demoEmployerId: string | null,
): Promise<Exhibitor[]> {
	const mine = or(
		postingIds.length ? inArray(postings.id, [...postingIds]) : sql`false`,
		demoEmployerId ? eq(postings.employerId, demoEmployerId) : sql`false`,
	);
	const found = await db
		.select({
			id: postings.id,
			employerId: postings.employerId,
			kind: employers.kind,
			roles: employers.roles,
		})
		.from(postings)
		.innerJoin(employers, eq(employers.id, postings.employerId))
		.where(and(eq(postings.status, 'published'), eq(employers.status, 'approved'), mine))
		.orderBy(asc(postings.id));
	const pool = new Map<string, Exhibitor & { postings: string[] }>();
	for (const p of found) {
		const e = pool.get(p.employerId) ?? {
			id: p.employerId,
			kind: p.kind,
			roles: p.roles,
			postings: [],
		};
		e.postings.push(p.id);
		pool.set(p.employerId, e);
	}
	return [...pool.values()];
}

/** `person:posting` of the applications already made to these postings. */
async function appliedPairs(db: Db, postingIds: string[]): Promise<Set<string>> {
	if (!postingIds.length) return new Set();
	const found = await db
		.select({ personId: applications.personId, postingId: applications.postingId })
		.from(applications)
		.where(inArray(applications.postingId, postingIds));
	return new Set(found.map((a) => `${a.personId}:${a.postingId}`));
}

async function writeRows(db: Db, rows: HistoryRows): Promise<FairHistoryCounts> {
	return db.transaction(async (tx) => {
		await bulkInsert(tx, fairZones, rows.zones, ['id']);
		await bulkInsert(tx, fairInterpreters, rows.interpreters, ['id']);
		await bulkInsert(tx, fairInterpreterHours, rows.interpreterHours, ['id']);
		const booths = await bulkInsert(tx, fairBooths, rows.booths, ['id']);
		await bulkInsert(tx, fairBoothPostings, rows.boothPostings, ['boothId']);
		const fairPostings = await seedFairPostings(tx, rows.fairPostings);
		await bulkInsert(tx, fairSlots, rows.slots, ['id']);
		const registrations = await bulkInsert(tx, fairRegistrations, rows.registrations, ['id']);
		const apps = await bulkInsert(tx, applications, rows.applications, ['id']);
		await bulkInsert(tx, applicationEvents, rows.events, ['id']);
		await bulkInsert(tx, fairFollowUps, rows.followUps, ['id']);
		await bulkInsert(tx, fairContacts, rows.contacts, ['id']);
		await bulkInsert(tx, fairInterviewRequests, rows.requests, ['id']);
		await bulkInsert(tx, fairQueueEntries, rows.queue, ['id']);
		await bulkInsert(tx, fairChatMessages, rows.messages, ['id']);
		const bookings = await bulkInsert(tx, fairBookings, rows.bookings, ['id']);
		return {
			fairPostings,
			fairBooths: booths.length,
			fairRegistrations: registrations.length,
			fairApplications: apps.length,
			fairBookings: bookings.length,
		};
	});
}

const DEMO_HR_PHONE = DEMO_ACCOUNTS[1].phone;

/**
 * Makes the demo HR login (13900000002) the owner of its employer's demo booths that have no reps
 * yet, and names it as the rep of the chats those booths had. Run after the demo logins exist
 * (they are made after the demo data, with the API's password hash); again on every start, it
 * changes nothing. Returns the booths linked.
 */
export async function linkDemoBoothReps(db: Db): Promise<number> {
	const [hr] = await db
		.select({ id: users.id, employerId: users.employerId })
		.from(users)
		.where(and(eq(users.phone, DEMO_HR_PHONE), eq(users.role, 'employer')));
	if (!hr?.employerId) return 0;
	const employerId = hr.employerId;
	return db.transaction(async (tx) => {
		const booths = (
			await tx
				.select({ id: fairBooths.id })
				.from(fairBooths)
				.where(
					and(
						eq(fairBooths.employerId, employerId),
						notExists(
							tx.select().from(fairBoothReps).where(eq(fairBoothReps.boothId, fairBooths.id)),
						),
					),
				)
		).map((b) => b.id);
		if (!booths.length) return 0;
		await tx
			.insert(fairBoothReps)
			.values(booths.map((boothId) => ({ boothId, userId: hr.id, role: 'owner' as const })))
			.onConflictDoNothing();
		const chats = tx
			.select({ id: fairQueueEntries.id })
			.from(fairQueueEntries)
			.where(
				and(inArray(fairQueueEntries.boothId, booths), isNotNull(fairQueueEntries.acceptedAt)),
			);
		await tx
			.update(fairQueueEntries)
			.set({ repUserId: hr.id })
			.where(and(inArray(fairQueueEntries.id, chats), isNull(fairQueueEntries.repUserId)));
		await tx
			.update(fairChatMessages)
			.set({ userId: hr.id })
			.where(
				and(
					inArray(fairChatMessages.entryId, chats),
					eq(fairChatMessages.fromRep, 1),
					isNull(fairChatMessages.userId),
				),
			);
		return booths.length;
	});
}
