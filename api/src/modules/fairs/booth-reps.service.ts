import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ContactInputSchema, Workspace } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	applications as applicationsTable,
	fairBookings,
	fairBoothPostings,
	fairBooths,
	fairContacts,
	fairQueueEntries,
	fairSlots,
} from '@ronghe/db/schema';
import { ConflictError, NotFoundError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import type { ApplicationsRepository } from '../applications/applications.repository.js';
import type { ApplicationsService } from '../applications/applications.service.js';
import type { AuthUser } from '../auth/auth.service.js';
import type { BoothRepsRepository } from './booth-reps.repository.js';
import type { FairSeekersService } from './fair-seekers.service.js';
import { slotLabel } from './fair-times.js';
import type { FairsRepository } from './fairs.repository.js';
import { toBooths } from './fairs.view.js';
import { toContacts, toQueue } from './workspace.view.js';

type Deps = {
	db: Db;
	repo: FairsRepository;
	reps: BoothRepsRepository;
	apps: ApplicationsRepository;
	applications: Pick<ApplicationsService, 'setStatus'>;
	fairSeekers: Pick<FairSeekersService, 'bookAs'>;
	notifier: Notifier;
	now: () => Date;
};
export type BoothRepsService = ReturnType<typeof createBoothRepsService>;
type ContactInput = z.output<typeof ContactInputSchema>;

/**
 * The reps' workspace at a booth: the queue and the seekers' requests before a chat, accepting,
 * handing off and ending chats, private notes and ratings, interview invitations and 达成意向.
 * Only the HR accounts named as the booth's reps reach it; for anyone else it does not exist.
 */
export function createBoothRepsService(d: Deps) {
	const { db, reps } = d;

	async function repBooth(user: AuthUser, fairId: string, boothId: string) {
		const [b] = await db
			.select()
			.from(fairBooths)
			.where(and(eq(fairBooths.id, boothId), eq(fairBooths.fairId, fairId)));
		const mine = b && user.employerId === b.employerId && (await reps.isRep(db, boothId, user.id));
		if (!mine) throw new NotFoundError('booth', boothId);
		return b;
	}

	async function repEntry(user: AuthUser, fairId: string, entryId: string) {
		const found = await reps.entry(db, entryId);
		if (!found || found.fairId !== fairId) throw new NotFoundError('queue', entryId);
		await repBooth(user, fairId, found.entry.boothId);
		return found.entry;
	}

	async function metOrThrow(boothId: string, personId: string) {
		if (!(await reps.met(db, boothId, personId))) throw new NotFoundError('person', personId);
	}

	/** Tells the seeker first in line that their turn is close (once per queue place). */
	async function tellNext(tx: Db, boothId: string) {
		const [next] = await tx
			.select()
			.from(fairQueueEntries)
			.where(and(eq(fairQueueEntries.boothId, boothId), eq(fairQueueEntries.status, 'waiting')))
			.orderBy(fairQueueEntries.joinedAt, fairQueueEntries.id)
			.limit(1);
		if (!next) return;
		for (const userId of await d.apps.seekerUsers(tx, next.personId))
			await d.notifier.send(tx, {
				userId,
				kind: 'fair_turn',
				title: '快轮到您了',
				body: '您排在第 1 位，请留在页面上，单位接待后就可以文字交流。',
				link: `/fairs/${(await tx.select({ f: fairBooths.fairId }).from(fairBooths).where(eq(fairBooths.id, boothId)))[0]!.f}/booths/${boothId}`,
				dedupeKey: `fair_turn:${next.id}`,
			});
	}

	return {
		async workspace(user: AuthUser, fairId: string, boothId: string): Promise<Workspace> {
			const b = await repBooth(user, fairId, boothId);
			const f = (await d.repo.fair(db, fairId))!;
			const rows = (await d.repo.booths(db, fairId)).filter((r) => r.booth.id === b.id);
			const [postings, repRows, load, queue, contacts, bookings] = await Promise.all([
				d.repo.boothPostings(db, [b.id]),
				d.repo.boothReps(db, [b.id]),
				d.repo.boothLoad(db, fairId),
				reps.queue(db, b.id),
				reps.contacts(db, b.id),
				reps.bookings(db, b.id),
			]);
			const people = [...new Set(contacts.map((c) => c.contact.personId))];
			const apps = await reps.applications(db, b.id, people);
			return {
				booth: toBooths(rows, postings, repRows, load, false)[0]!,
				fairTitle: f.title,
				fairState: f.state,
				queue: toQueue(queue),
				contacts: toContacts(contacts, apps),
				bookings: bookings.map((r) => ({
					id: r.booking.id,
					slotId: r.booking.slotId,
					boothId: r.booking.boothId,
					startsAt: r.booking.startsAt.toISOString(),
					endsAt: r.booking.endsAt.toISOString(),
					interpreter: r.interpreter ? { name: r.interpreter } : null,
					link: r.booking.link,
					personId: r.booking.personId,
					name: r.name,
					source: r.booking.source,
				})),
			};
		},

		/** Takes the seeker into a chat; a second rep at the same moment gets 409. */
		async accept(user: AuthUser, fairId: string, entryId: string) {
			const entry = await repEntry(user, fairId, entryId);
			await db.transaction(async (tx) => {
				const [taken] = await tx
					.update(fairQueueEntries)
					.set({ status: 'chatting', repUserId: user.id, acceptedAt: d.now() })
					.where(and(eq(fairQueueEntries.id, entryId), eq(fairQueueEntries.status, 'waiting')))
					.returning();
				if (!taken)
					throw new ConflictError('entry_taken', '这位求职者已经有人接待了，或已经离开队伍。');
				for (const userId of await d.apps.seekerUsers(tx, entry.personId))
					await d.notifier.send(tx, {
						userId,
						kind: 'fair_turn',
						title: '轮到您了',
						body: '单位接待人员已经在等您，请打开交流窗口。',
						link: `/fairs/${fairId}/booths/${entry.boothId}`,
						dedupeKey: `fair_accept:${entryId}`,
					});
				await tellNext(tx, entry.boothId);
			});
		},

		async handoff(user: AuthUser, fairId: string, entryId: string, toUserId: string) {
			const entry = await repEntry(user, fairId, entryId);
			if (!(await reps.isRep(db, entry.boothId, toUserId)))
				throw new ConflictError('not_a_rep', '只能转给这个展位的接待人员。');
			const [moved] = await db
				.update(fairQueueEntries)
				.set({ repUserId: toUserId })
				.where(and(eq(fairQueueEntries.id, entryId), eq(fairQueueEntries.status, 'chatting')))
				.returning();
			if (!moved) throw new ConflictError('not_chatting', '只有正在交流的求职者才能转给同事。');
		},

		async end(user: AuthUser, fairId: string, entryId: string) {
			const entry = await repEntry(user, fairId, entryId);
			await db
				.update(fairQueueEntries)
				.set({ status: 'done', endedAt: d.now() })
				.where(
					and(
						eq(fairQueueEntries.id, entryId),
						sql`${fairQueueEntries.status} in ('waiting', 'chatting')`,
					),
				);
			await db.transaction((tx) => tellNext(tx, entry.boothId));
		},

		/** Notes, rating and interest: the employer's own, never shown to the seeker. */
		async saveContact(
			user: AuthUser,
			fairId: string,
			boothId: string,
			personId: string,
			input: ContactInput,
		) {
			await repBooth(user, fairId, boothId);
			await metOrThrow(boothId, personId);
			await db
				.insert(fairContacts)
				.values({ boothId, personId, ...input })
				.onConflictDoUpdate({ target: [fairContacts.boothId, fairContacts.personId], set: input });
		},

		/**
		 * 达成意向: the seeker and the booth agreed on one of its postings. The seeker's application
		 * to it (made here when there is none, marked as from this fair) moves to 录用意向 through
		 * the applications' own path, which tells the seeker; 录用 follows the same path.
		 */
		async intention(
			user: AuthUser,
			fairId: string,
			boothId: string,
			personId: string,
			postingId: string,
		) {
			const b = await repBooth(user, fairId, boothId);
			await metOrThrow(boothId, personId);
			const [atBooth] = await db
				.select()
				.from(fairBoothPostings)
				.where(
					and(eq(fairBoothPostings.boothId, boothId), eq(fairBoothPostings.postingId, postingId)),
				);
			if (!atBooth) throw new NotFoundError('posting', postingId);
			const application = await db.transaction(async (tx) => {
				await tx
					.insert(fairContacts)
					.values({ boothId, personId, intentionAt: d.now() })
					.onConflictDoUpdate({
						target: [fairContacts.boothId, fairContacts.personId],
						set: { intentionAt: sql`coalesce(${fairContacts.intentionAt}, now())` },
					});
				const created = await d.apps.insertIfNew(tx, {
					personId,
					postingId,
					employerId: b.employerId,
					fairId,
					note: '在招聘会上达成就业意向',
				});
				if (created)
					await d.apps.addEvent(tx, {
						applicationId: created.id,
						status: 'submitted',
						actor: 'employer',
						note: created.note,
					});
				const a = created ?? (await d.apps.byPersonPosting(tx, personId, postingId))!;
				if (!a.fairId)
					await tx.update(applicationsTable).set({ fairId }).where(eq(applicationsTable.id, a.id));
				return a;
			});
			if (!['offered', 'hired'].includes(application.status))
				await d.applications.setStatus(user, application.id, { status: 'offered' });
			return { applicationId: application.id };
		},

		/**
		 * How a booked interview takes place (a phone number, a video meeting), or '' for none.
		 * The seeker is told of a change; sending the same again changes nothing and tells no one.
		 */
		async setLink(
			user: AuthUser,
			fairId: string,
			boothId: string,
			bookingId: string,
			link: string,
		) {
			await repBooth(user, fairId, boothId);
			await db.transaction(async (tx) => {
				const [k] = await tx
					.select()
					.from(fairBookings)
					.where(and(eq(fairBookings.id, bookingId), eq(fairBookings.boothId, boothId)))
					.for('update');
				if (!k || k.status !== 'booked') throw new NotFoundError('booking', bookingId);
				if (k.link === link) return;
				if (k.endsAt <= d.now())
					throw new ConflictError('booking_past', '这场面试的时间已经过了，不能再改面试方式。');
				await tx.update(fairBookings).set({ link }).where(eq(fairBookings.id, bookingId));
				for (const userId of await d.apps.seekerUsers(tx, k.personId))
					await d.notifier.send(tx, {
						userId,
						kind: 'fair_booking',
						title: `面试方式有更新：${slotLabel(k)}`,
						body: link ? `单位留下的电话或视频会议：${link}` : '单位取消了电话或视频方式。',
						link: `/fairs/${fairId}/booths/${boothId}`,
						// each change is news, even back to an earlier value
						dedupeKey: `fair_booking_link:${bookingId}:${d.now().getTime()}`,
					});
			});
			return { id: bookingId, link };
		},

		/** Invites a seeker the booth met to an interview slot: the seeker's own kind of booking. */
		async invite(
			user: AuthUser,
			fairId: string,
			boothId: string,
			personId: string,
			slotId: string,
		) {
			await repBooth(user, fairId, boothId);
			await metOrThrow(boothId, personId);
			const [slot] = await db.select().from(fairSlots).where(eq(fairSlots.id, slotId));
			if (!slot || slot.boothId !== boothId) throw new NotFoundError('slot', slotId);
			return d.fairSeekers.bookAs(personId, fairId, slotId, 'rep');
		},
	};
}
