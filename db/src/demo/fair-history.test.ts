import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { rowsOf } from '../rows.js';
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
import { fairInterpreterHours, fairs, type Fair } from '../schema/fairs.js';
import { applicationEvents, applications } from '../schema/matching.js';
import { fairPostings } from '../schema/postings.js';
import { searchOutbox } from '../schema/search-outbox.js';
import { createTestCipher, createTestDb } from '../testing.js';
import { demoSeekerPerson, firstDemoRecords, seedDemoAccounts } from './accounts.js';
import { DEFAULT_DEMO_NOW } from './dates.js';
import { linkDemoBoothReps } from './fair-history.js';
import { openingPeriods } from './fair-times.js';
import { seedDemo } from './generate.js';

const NOW = DEFAULT_DEMO_NOW.getTime();
const MINUTE = 60_000;

describe('demo fair history', () => {
	let handle: DbHandle;
	let finished: Fair;
	let upcoming: Fair;
	let live: Fair;
	const db = () => handle.db;
	const boothsOf = (fair: Fair) =>
		db()
			.select({ booth: fairBooths, kind: employers.kind })
			.from(fairBooths)
			.innerJoin(employers, eq(employers.id, fairBooths.employerId))
			.where(eq(fairBooths.fairId, fair.id));
	const registrationsOf = (fair: Fair) =>
		db().select().from(fairRegistrations).where(eq(fairRegistrations.fairId, fair.id));
	const applicationsOf = (fair: Fair) =>
		db().select().from(applications).where(eq(applications.fairId, fair.id));

	beforeAll(async () => {
		handle = await createTestDb();
		await seedDemo(handle.db, { cipher: createTestCipher() });
		const rows = await handle.db.select().from(fairs).orderBy(asc(fairs.startsAt));
		const byState = (state: Fair['state']) => rows.find((f) => f.state === state)!;
		[finished, upcoming, live] = [byState('closed'), byState('published'), byState('open')];
	}, 60_000);

	afterAll(async () => {
		await handle?.close();
	});

	it('holds a finished fair with booths of several kinds, one refused with a reason', async () => {
		const booths = await boothsOf(finished);
		const approved = booths.filter((b) => b.booth.status === 'approved');
		expect(approved.length).toBeGreaterThanOrEqual(8);
		expect(approved.length).toBeLessThanOrEqual(12);
		expect(new Set(approved.map((b) => b.kind)).size).toBeGreaterThanOrEqual(3);
		const refused = booths.filter((b) => b.booth.status === 'refused');
		expect(refused).toHaveLength(1);
		expect(refused[0]!.booth.reason).toBeTruthy();
		// the report computes its figures from the records; nothing stored is left to disagree
		expect([finished.employerCount, finished.seekerCount, finished.intentionCount]).toEqual([
			null,
			null,
			null,
		]);
		const postings = await db()
			.select({ boothId: fairBoothPostings.boothId })
			.from(fairBoothPostings)
			.innerJoin(fairBooths, eq(fairBooths.id, fairBoothPostings.boothId))
			.where(eq(fairBooths.fairId, finished.id));
		for (const b of approved) {
			const n = postings.filter((p) => p.boothId === b.booth.id).length;
			expect(n).toBeGreaterThanOrEqual(2);
			expect(n).toBeLessThanOrEqual(5);
		}
	});

	it('registers 60–120 seekers at the finished fair, some asking for an interpreter or text only', async () => {
		const regs = await registrationsOf(finished);
		expect(regs.length).toBeGreaterThanOrEqual(60);
		expect(regs.length).toBeLessThanOrEqual(120);
		const needs = regs.flatMap((r) => r.needs);
		expect(needs).toContain('sign_interpreter');
		expect(needs).toContain('text_only');
	});

	it('files the finished fair’s applications through every status, each with its history', async () => {
		const apps = await applicationsOf(finished);
		expect(new Set(apps.map((a) => a.status))).toEqual(
			new Set(['submitted', 'viewed', 'interview', 'offered', 'hired', 'rejected']),
		);
		const events = await db()
			.select()
			.from(applicationEvents)
			.orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
		for (const a of apps) {
			const mine = events.filter((e) => e.applicationId === a.id);
			expect(mine[0]?.status).toBe('submitted');
			expect(mine.at(-1)?.status).toBe(a.status);
			expect(mine.at(-1)?.createdAt).toEqual(a.statusChangedAt);
		}
		expect(apps.filter((a) => a.status === 'rejected').every((a) => a.reason)).toBe(true);
	});

	it('gives each hire three follow-up visits, done when due, and an intention', async () => {
		const hired = (await applicationsOf(finished)).filter((a) => a.status === 'hired');
		expect(hired.length).toBeGreaterThan(0);
		const visits = await db().select().from(fairFollowUps);
		for (const a of hired) {
			const mine = visits.filter((v) => v.applicationId === a.id);
			expect(mine.map((v) => v.day).sort((x, y) => x - y)).toEqual([30, 60, 90]);
			for (const v of mine) expect(v.doneAt !== null).toBe(v.dueAt.getTime() < NOW);
		}
		const done = visits.filter((v) => v.doneAt);
		expect(done.filter((v) => v.stillEmployed).length).toBeGreaterThan(done.length / 2);
		expect(done.filter((v) => v.stillEmployed).every((v) => v.monthlyWage! > 1000)).toBe(true);
		const intentions = await db()
			.select({ personId: fairContacts.personId })
			.from(fairContacts)
			.where(sql`${fairContacts.intentionAt} is not null`);
		const withIntention = new Set(intentions.map((c) => c.personId));
		expect(hired.every((a) => withIntention.has(a.personId))).toBe(true);
	});

	it('books interviews without overlaps for a seeker or an interpreter, within opening hours', async () => {
		const [overlaps] = rowsOf<{ n: number }>(
			await db().execute(sql`
				select count(*)::int as n from ${fairBookings} a join ${fairBookings} b
					on a.id < b.id and a.status = 'booked' and b.status = 'booked'
					and (a.person_id = b.person_id or a.interpreter_id = b.interpreter_id)
					and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)`),
		);
		expect(overlaps?.n).toBe(0);
		const bookings = await db().select().from(fairBookings);
		expect(
			bookings.filter((b) => b.fairId === finished.id && b.interpreterId).length,
		).toBeGreaterThan(0);
		const slots = await db().select().from(fairSlots);
		for (const fair of [finished, upcoming, live]) {
			const open = openingPeriods(fair);
			const ids = new Set((await boothsOf(fair)).map((b) => b.booth.id));
			for (const s of slots.filter((x) => ids.has(x.boothId)))
				expect(open.some((p) => p.startsAt <= s.startsAt && s.endsAt <= p.endsAt)).toBe(true);
		}
		const hours = await db().select().from(fairInterpreterHours);
		for (const b of bookings.filter((x) => x.interpreterId)) {
			const covered = hours.some(
				(h) =>
					h.interpreterId === b.interpreterId && h.startsAt <= b.startsAt && h.endsAt >= b.endsAt,
			);
			expect(covered).toBe(true);
		}
	});

	it('runs the live fair now with seekers online, the demo seeker among them, queues and chats', async () => {
		expect(live.startsAt.getTime()).toBeLessThan(NOW - 12 * 60 * MINUTE);
		expect(live.endsAt.getTime()).toBeGreaterThan(NOW + 36 * 60 * MINUTE);
		expect([live.opensAtMinute, live.closesAtMinute, live.theme]).toEqual([480, 1200, 'custom']);
		const booths = (await boothsOf(live)).map((b) => b.booth);
		expect(booths.filter((b) => b.status === 'approved')).toHaveLength(6);
		const slots = await db().select({ boothId: fairSlots.boothId }).from(fairSlots);
		for (const b of booths) expect(slots.some((s) => s.boothId === b.id)).toBe(true);
		const { employerId } = await firstDemoRecords(db());
		expect(booths.map((b) => b.employerId)).toContain(employerId);
		const regs = await registrationsOf(live);
		expect(regs.length).toBeGreaterThanOrEqual(21);
		expect(regs.length).toBeLessThanOrEqual(41);
		expect(regs.every((r) => NOW - r.lastSeenAt!.getTime() < 2 * MINUTE)).toBe(true);
		const seeker = await demoSeekerPerson(db());
		expect(regs.find((r) => r.personId === seeker!.id)?.needs).toEqual(['text_only']);
		const queue = await db()
			.select({ entry: fairQueueEntries })
			.from(fairQueueEntries)
			.innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
			.where(eq(fairBooths.fairId, live.id));
		const waiting = queue.filter((q) => q.entry.status === 'waiting');
		expect(new Set(waiting.map((q) => q.entry.boothId)).size).toBeGreaterThanOrEqual(2);
		const chatting = queue.filter((q) => q.entry.status === 'chatting').map((q) => q.entry.id);
		expect(chatting.length).toBeGreaterThanOrEqual(1);
		const messages = await db().select().from(fairChatMessages);
		expect(messages.filter((m) => chatting.includes(m.entryId)).length).toBeGreaterThan(1);
		expect(messages.every((m) => m.at.getTime() <= NOW)).toBe(true);
		const coming = (
			await db().select().from(fairBookings).where(eq(fairBookings.fairId, live.id))
		).filter((b) => b.startsAt.getTime() > NOW);
		expect(coming.length).toBeGreaterThanOrEqual(5);
		expect(coming.some((b) => b.interpreterId)).toBe(true);
	});

	it('lists the approved booths’ postings at their fairs, queued for the search index', async () => {
		const listed = await db().select().from(fairPostings);
		const brought = await db()
			.select({ fairId: fairBooths.fairId, postingId: fairBoothPostings.postingId })
			.from(fairBoothPostings)
			.innerJoin(fairBooths, eq(fairBooths.id, fairBoothPostings.boothId))
			.where(eq(fairBooths.status, 'approved'));
		const key = (r: { fairId: string; postingId: string }) => `${r.fairId}:${r.postingId}`;
		expect(listed.map(key).sort()).toEqual(brought.map(key).sort());
		expect(listed.some((r) => r.fairId === live.id)).toBe(true);
		const queued = new Set((await db().select().from(searchOutbox)).map((r) => r.entityId));
		expect(listed.every((r) => queued.has(r.postingId))).toBe(true);
	});

	it('gives the upcoming fair five approved booths, two pending, registrations and wishes', async () => {
		const booths = (await boothsOf(upcoming)).map((b) => b.booth);
		expect(booths.filter((b) => b.status === 'approved')).toHaveLength(5);
		expect(booths.filter((b) => b.status === 'pending')).toHaveLength(2);
		const regs = await registrationsOf(upcoming);
		expect(regs.length).toBeGreaterThanOrEqual(15);
		expect(regs.length).toBeLessThanOrEqual(30);
		const wishes = await db()
			.select()
			.from(fairInterviewRequests)
			.where(eq(fairInterviewRequests.fairId, upcoming.id));
		expect(wishes.length).toBeGreaterThan(0);
		expect(wishes.every((w) => booths.find((b) => b.id === w.boothId)?.status === 'approved')).toBe(
			true,
		);
	});

	it('makes the demo HR login the owner of its employer’s booths once the logins exist', async () => {
		await seedDemoAccounts(db(), async () => 'not-a-password-hash', await firstDemoRecords(db()));
		expect(await linkDemoBoothReps(db())).toBe(3);
		expect(await linkDemoBoothReps(db())).toBe(0);
		const [hr] = await db().select().from(users).where(eq(users.phone, '13900000002'));
		const reps = await db()
			.select({ fairId: fairBooths.fairId, role: fairBoothReps.role, userId: fairBoothReps.userId })
			.from(fairBoothReps)
			.innerJoin(fairBooths, eq(fairBooths.id, fairBoothReps.boothId));
		expect(
			reps
				.filter((r) => r.userId === hr!.id && r.role === 'owner')
				.map((r) => r.fairId)
				.sort(),
		).toEqual([finished.id, upcoming.id, live.id].sort());
		const chats = await db()
			.select()
			.from(fairQueueEntries)
			.where(eq(fairQueueEntries.repUserId, hr!.id));
		expect(chats.some((c) => c.status === 'chatting')).toBe(true);
	});
});
