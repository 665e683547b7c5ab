import { addDays } from './dates.js';
import {
	applyAtFair,
	bookSlot,
	drawNeeds,
	noteContact,
	queueAt,
	register,
	type Attendee,
	type Seeker,
} from './fair-seekers.js';
import type { Booth, FairSetup, HistoryRows } from './fair-setup.js';
import { CONTACT_NOTES } from './fair-texts.js';
import { addMinutes, earlier, later, momentOpen, type Calendar } from './fair-times.js';
import type { Random } from './random.js';

/** What every fair's participants are drawn against. */
export type ParticipantsContext = {
	now: Date;
	/** seekers who may come (not the demo seeker) */
	seekers: readonly Seeker[];
	calendar: Calendar;
	booked: Set<string>;
	/** `person:posting` of every application already made */
	taken: Set<string>;
};

const STATUS = [
	['submitted', 12],
	['viewed', 18],
	['interview', 22],
	['offered', 8],
	['hired', 16],
	['rejected', 24],
] as const;
// minutes from one status to the next, after a fair: the employer takes days
const GAPS = {
	submitted: [0, 0],
	viewed: [30, 1440],
	interview: [60, 4320],
	offered: [1440, 7200],
	hired: [2880, 14400],
	rejected: [720, 7200],
} as const;
const APPLICATIONS_EACH = [
	[0, 2],
	[1, 4],
	[2, 3],
	[3, 1],
] as const;
const SOURCES = [
	['seeker', 6],
	['rep', 2],
	['allocation', 2],
] as const;

/** A booth posting and the booth that brings it. */
export type Offer = { booth: Booth; postingId: string };

export function offersOf(booths: readonly Booth[]): Offer[] {
	return booths.flatMap((booth) => booth.postings.map((postingId) => ({ booth, postingId })));
}

/** Up to `n` offers the seeker has not applied to yet (now marked as applied). */
export function pickOffers(
	rng: Random,
	offers: readonly Offer[],
	taken: Set<string>,
	personId: string,
	n: number,
): Offer[] {
	const out = rng
		.sample(offers, n + 2)
		.filter((o) => !taken.has(`${personId}:${o.postingId}`))
		.slice(0, n);
	for (const o of out) taken.add(`${personId}:${o.postingId}`);
	return out;
}

/**
 * The finished 就业援助月 fair, as its records tell it: 60–120 registered seekers (some asking
 * for an interpreter or text only), their applications through to hires with their 回访 visits,
 * the interviews they booked, the chats they had at the booths and what the reps noted.
 */
export function planFinishedFair(
	rng: Random,
	rows: HistoryRows,
	setup: FairSetup,
	ctx: ParticipantsContext,
) {
	const { fair, booths } = setup;
	const close = earlier(fair.endsAt, ctx.now);
	const attendees = rng.sample(ctx.seekers, rng.int(60, 120)).map((s) => {
		const registeredAt = rng.chance(0.8)
			? rng.dateBetween(addDays(fair.startsAt, -10), fair.startsAt)
			: momentOpen(rng, fair, close);
		return register(
			rng,
			rows,
			fair.id,
			{ ...s, needs: drawNeeds(rng, s.category) },
			{
				registeredAt,
				lastSeenAt: later(momentOpen(rng, fair, close), registeredAt),
			},
		);
	});
	if (!booths.length) return;
	const offers = offersOf(booths);
	const contacts = new Set<string>();
	for (const attendee of attendees) {
		const n = rng.weighted(APPLICATIONS_EACH);
		for (const offer of pickOffers(rng, offers, ctx.taken, attendee.id, n))
			applyAndMeet(rng, rows, setup, ctx, contacts, attendee, offer);
		if (rng.chance(0.4)) {
			const booth = rng.pick(booths);
			const joinedAt = momentOpen(rng, fair, close, 40);
			const done = rng.chance(0.8);
			const acceptedAt = done ? addMinutes(joinedAt, rng.int(1, 12)) : null;
			const endedAt = acceptedAt
				? addMinutes(acceptedAt, rng.int(5, 20))
				: addMinutes(joinedAt, rng.int(3, 15));
			queueAt(
				rng,
				rows,
				{ boothId: booth.id, personId: attendee.id, status: done ? 'done' : 'left' },
				{ joinedAt, acceptedAt, endedAt, now: ctx.now },
			);
			if (done && rng.chance(0.3))
				noteContact(rng, rows, contacts, {
					boothId: booth.id,
					personId: attendee.id,
					at: endedAt,
					note: rng.pick(CONTACT_NOTES.good),
					intentionAt: null,
				});
		}
	}
}

function applyAndMeet(
	rng: Random,
	rows: HistoryRows,
	{ fair, interpreters }: FairSetup,
	ctx: ParticipantsContext,
	contacts: Set<string>,
	attendee: Attendee,
	{ booth, postingId }: Offer,
) {
	const at = later(momentOpen(rng, fair, earlier(fair.endsAt, ctx.now), 30), attendee.registeredAt);
	const status = rng.weighted(STATUS);
	applyAtFair(
		rng,
		rows,
		{ fairId: fair.id, personId: attendee.id, postingId, employerId: booth.employerId, at },
		status,
		(to) => GAPS[to],
		ctx.now,
	);
	const met = status === 'interview' || status === 'offered' || status === 'hired';
	if (met || (status === 'rejected' && rng.chance(0.4)))
		bookSlot(
			rng,
			rows,
			{ calendar: ctx.calendar, booked: ctx.booked, interpreters },
			{ fairId: fair.id, booth, attendee, source: rng.weighted(SOURCES) },
			{ from: at, to: fair.endsAt, first: false },
		);
	if (met)
		noteContact(rng, rows, contacts, {
			boothId: booth.id,
			personId: attendee.id,
			at: addMinutes(at, rng.int(5, 30)),
			note: rng.pick(CONTACT_NOTES.good),
			// 达成意向 at the fair, before the offer
			intentionAt:
				status === 'interview' ? null : earlier(addMinutes(at, rng.int(30, 120)), fair.endsAt),
		});
	else if (status === 'rejected' && rng.chance(0.3))
		noteContact(
			rng,
			rows,
			contacts,
			{
				boothId: booth.id,
				personId: attendee.id,
				at: addMinutes(at, rng.int(5, 30)),
				note: rng.pick(CONTACT_NOTES.maybe),
				intentionAt: null,
			},
			false,
		);
}
