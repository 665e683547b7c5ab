import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Booking, QueuePlace, RegistrationInputSchema } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	fairBookings,
	fairBooths,
	fairQueueEntries,
	fairRegistrations,
	fairSlots,
} from '@ronghe/db/schema';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import type { ApplicationsRepository } from '../applications/applications.repository.js';
import { notifyAll } from '../applications/notify.js';
import type { AuthUser } from '../auth/auth.service.js';
import { slotLabel } from './fair-times.js';
import type { FairsRepository } from './fairs.repository.js';
import { createInterpreterFinder } from './interpreters.js';
import { violatedConstraint } from './pg-constraint.js';

type Deps = {
	db: Db;
	repo: FairsRepository;
	apps: Pick<ApplicationsRepository, 'seekerUsers' | 'employerUsers'>;
	notifier: Notifier;
	now: () => Date;
	/** Minutes a rep spends on one text chat on average: the wait estimate's unit. */
	chatMinutes: number;
};
export type FairSeekersService = ReturnType<typeof createFairSeekersService>;
type RegistrationInput = z.output<typeof RegistrationInputSchema>;

/** A seeker at a fair: registration, the booths' chat queues and interview bookings. */
export function createFairSeekersService({ db, repo, apps, notifier, now, chatMinutes }: Deps) {
	const { freeInterpreters, noInterpreter } = createInterpreterFinder(db, now);
	const personOf = (user: AuthUser) => {
		if (!user.personId) throw new NotFoundError('person');
		return user.personId;
	};

	async function openFair(fairId: string, states: readonly string[], closed: string) {
		const f = await repo.fair(db, fairId);
		if (!f || f.state === 'draft') throw new NotFoundError('fair', fairId);
		if (!states.includes(f.state)) throw new RuleViolationError('fair_not_open', closed);
		return f;
	}

	async function registered(fairId: string, personId: string) {
		const r = await repo.registration(db, fairId, personId);
		if (!r)
			throw new RuleViolationError('not_registered', '请先报名参加这场招聘会，再排队或预约面试。');
		return r;
	}

	async function approvedBooth(fairId: string, boothId: string) {
		const [b] = await db
			.select()
			.from(fairBooths)
			.where(and(eq(fairBooths.id, boothId), eq(fairBooths.fairId, fairId)));
		if (!b || b.status !== 'approved') throw new NotFoundError('booth', boothId);
		return b;
	}

	/** The place of an open queue entry: waiting seekers who joined earlier, plus one. */
	async function placeOf(entry: typeof fairQueueEntries.$inferSelect): Promise<QueuePlace> {
		let position = 0;
		if (entry.status === 'waiting') {
			const [row] = await db
				.select({ n: sql<number>`count(*)::int` })
				.from(fairQueueEntries)
				.where(
					and(
						eq(fairQueueEntries.boothId, entry.boothId),
						eq(fairQueueEntries.status, 'waiting'),
						sql`(${fairQueueEntries.joinedAt}, ${fairQueueEntries.id}) < (${entry.joinedAt.toISOString()}::timestamptz, ${entry.id}::uuid)`,
					),
				);
			position = (row?.n ?? 0) + 1;
		}
		const reps = (await repo.boothReps(db, [entry.boothId])).length || 1;
		return {
			id: entry.id,
			boothId: entry.boothId,
			status: entry.status,
			position,
			estimatedWaitMinutes: Math.ceil(((Math.max(position, 1) - 1) * chatMinutes) / reps),
		};
	}

	const openEntry = async (boothId: string, personId: string) =>
		(
			await db
				.select()
				.from(fairQueueEntries)
				.where(
					and(
						eq(fairQueueEntries.boothId, boothId),
						eq(fairQueueEntries.personId, personId),
						sql`${fairQueueEntries.status} in ('waiting', 'chatting')`,
					),
				)
		)[0];

	return {
		/** Registers (or changes the requests of) the seeker; the same answer when repeated. */
		async register(user: AuthUser, fairId: string, input: RegistrationInput) {
			const personId = personOf(user);
			const f = await openFair(fairId, ['published', 'open'], '这场招聘会已经结束，不能再报名了。');
			const needs = [...new Set(input.needs)].sort();
			return db.transaction(async (tx) => {
				const [row] = await tx
					.insert(fairRegistrations)
					.values({
						fairId,
						personId,
						needs,
						maxInterviews: input.maxInterviews,
						lastSeenAt: now(),
					})
					.onConflictDoUpdate({
						target: [fairRegistrations.fairId, fairRegistrations.personId],
						set: { needs, maxInterviews: input.maxInterviews, lastSeenAt: now() },
					})
					.returning();
				await notifyAll(notifier, tx, [user.id], {
					kind: 'fair_registration',
					title: `您已报名“${f.title}”`,
					body: needs.length ? '您提出的帮助需求已经记下，工作人员会提前安排。' : '',
					link: `/fairs/${fairId}`,
				});
				return { id: row!.id, fairId, needs, maxInterviews: row!.maxInterviews };
			});
		},

		/** The seeker is looking at the fair: the lobby counts them online for a while. */
		async seen(user: AuthUser, fairId: string) {
			if (!user.personId) return;
			await db
				.update(fairRegistrations)
				.set({ lastSeenAt: now() })
				.where(
					and(eq(fairRegistrations.fairId, fairId), eq(fairRegistrations.personId, user.personId)),
				);
		},

		/** Joins a booth's chat queue; joining again (after a lost connection) keeps the place. */
		async join(user: AuthUser, fairId: string, boothId: string): Promise<QueuePlace> {
			const personId = personOf(user);
			await openFair(fairId, ['open'], '招聘会开始后才能排队和单位文字交流。');
			await registered(fairId, personId);
			await approvedBooth(fairId, boothId);
			await db.insert(fairQueueEntries).values({ boothId, personId }).onConflictDoNothing();
			return placeOf((await openEntry(boothId, personId))!);
		},

		async place(user: AuthUser, fairId: string, boothId: string): Promise<QueuePlace | null> {
			await approvedBooth(fairId, boothId);
			const entry = await openEntry(boothId, personOf(user));
			return entry ? placeOf(entry) : null;
		},

		async leave(user: AuthUser, fairId: string, boothId: string) {
			await approvedBooth(fairId, boothId);
			await db
				.update(fairQueueEntries)
				.set({ status: 'left', endedAt: now() })
				.where(
					and(
						eq(fairQueueEntries.boothId, boothId),
						eq(fairQueueEntries.personId, personOf(user)),
						sql`${fairQueueEntries.status} in ('waiting', 'chatting')`,
					),
				);
		},

		async slots(fairId: string, boothId: string) {
			await approvedBooth(fairId, boothId);
			const rows = await db
				.select({
					id: fairSlots.id,
					startsAt: fairSlots.startsAt,
					endsAt: fairSlots.endsAt,
					booked: sql<boolean>`exists (select 1 from ${fairBookings} b where b.slot_id = fair_slots.id and b.status = 'booked')`,
				})
				.from(fairSlots)
				.where(eq(fairSlots.boothId, boothId))
				.orderBy(asc(fairSlots.startsAt));
			return rows.map((r) => ({
				id: r.id,
				startsAt: r.startsAt.toISOString(),
				endsAt: r.endsAt.toISOString(),
				free: !r.booked && r.startsAt > now(),
			}));
		},

		/**
		 * Books a slot. A seeker who asked for a sign interpreter gets the slot only together with
		 * an interpreter free for all of it; the database refuses every double booking, so two
		 * requests at once cannot both win.
		 */
		async book(user: AuthUser, fairId: string, slotId: string): Promise<Booking> {
			return bookAs(personOf(user), fairId, slotId, 'seeker');
		},

		bookAs,
	};

	/**
	 * Books a slot for a registered seeker: their own booking, or a rep's invitation. A seeker
	 * who asked for a sign interpreter gets the slot only together with an interpreter free for
	 * all of it; the database refuses every double booking, so two requests at once cannot both
	 * win.
	 */
	async function bookAs(
		personId: string,
		fairId: string,
		slotId: string,
		source: 'seeker' | 'rep' | 'allocation',
	): Promise<Booking> {
		await openFair(fairId, ['published', 'open'], '这场招聘会已经结束，不能再预约面试了。');
		const reg = await registered(fairId, personId);
		const [slot] = await db
			.select({ slot: fairSlots, fairId: fairBooths.fairId, status: fairBooths.status })
			.from(fairSlots)
			.innerJoin(fairBooths, eq(fairBooths.id, fairSlots.boothId))
			.where(eq(fairSlots.id, slotId));
		if (!slot || slot.fairId !== fairId || slot.status !== 'approved')
			throw new NotFoundError('slot', slotId);
		if (slot.slot.startsAt <= now())
			throw new RuleViolationError('slot_past', '这个时段已经过去了，请选择以后的时段。');
		const needsInterpreter = reg.needs.includes('sign_interpreter');
		const candidates = needsInterpreter ? await freeInterpreters(fairId, slot.slot) : [null];
		if (!candidates.length) throw await noInterpreter(fairId, slot.slot, personId);
		for (const interpreter of candidates) {
			try {
				const booking = await db.transaction(async (tx) => {
					const [row] = await tx
						.insert(fairBookings)
						.values({
							fairId,
							boothId: slot.slot.boothId,
							slotId,
							personId,
							interpreterId: interpreter?.id ?? null,
							startsAt: slot.slot.startsAt,
							endsAt: slot.slot.endsAt,
							source,
						})
						.returning();
					await notifyBooked(tx, personId, slot.slot, interpreter?.name ?? null, fairId);
					return row!;
				});
				return {
					id: booking.id,
					slotId,
					boothId: booking.boothId,
					startsAt: booking.startsAt.toISOString(),
					endsAt: booking.endsAt.toISOString(),
					interpreter: interpreter ? { name: interpreter.name } : null,
					link: booking.link,
				};
			} catch (err) {
				const c = violatedConstraint(err);
				if (c === 'fair_bookings_one_per_slot')
					throw new ConflictError('slot_taken', '这个时段刚刚被别人预约了，请换一个时段。');
				if (c === 'fair_bookings_seeker_no_overlap')
					throw new ConflictError('seeker_busy', '您在这个时间已经约了别的面试，请换一个时段。');
				// the interpreter was just taken: try the next one
				if (c?.startsWith('fair_bookings_interpreter')) continue;
				throw err;
			}
		}
		throw await noInterpreter(fairId, slot.slot, personId);
	}

	async function notifyBooked(
		tx: Db,
		personId: string,
		s: { startsAt: Date; endsAt: Date; boothId: string },
		name: string | null,
		fairId: string,
	) {
		await notifyAll(notifier, tx, await apps.seekerUsers(tx, personId), {
			kind: 'fair_booking',
			title: `面试已预约：${slotLabel(s)}`,
			body: name ? `手语翻译：${name}` : '',
			link: `/fairs/${fairId}/booths/${s.boothId}`,
		});
	}
}
