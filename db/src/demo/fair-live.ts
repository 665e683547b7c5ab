import { offersOf, pickOffers, type ParticipantsContext } from './fair-finished.js';
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
import type { FairSetup, HistoryRows } from './fair-setup.js';
import { CONTACT_NOTES } from './fair-texts.js';
import { addMinutes, earlier, later, momentOpen } from './fair-times.js';
import type { Random } from './random.js';

const STATUS = [
	['submitted', 6],
	['viewed', 4],
	['interview', 2],
	['rejected', 1],
] as const;
// minutes from one status to the next while the fair runs: reps answer within hours
const GAPS = {
	submitted: [0, 0],
	viewed: [5, 90],
	interview: [20, 180],
	offered: [20, 180],
	hired: [20, 180],
	rejected: [20, 180],
} as const;

/**
 * The fair running now: 20–40 registered seekers seen within the last minute (so the lobby shows
 * them online), the demo seeker among them asking for text only; seekers waiting in the queues of
 * four booths and two chats going on (the demo employer's booth first); chats that ended earlier,
 * a couple of them with an intention; interviews booked for the next hours (one with a
 * sign-language interpreter) and a few held yesterday; and applications made at the fair.
 */
export function planLiveFair(
	rng: Random,
	rows: HistoryRows,
	setup: FairSetup,
	ctx: ParticipantsContext & { demoSeeker: Seeker | null },
) {
	const { fair, booths } = setup;
	const now = ctx.now;
	const sampled = rng.sample(ctx.seekers, rng.int(20, 40));
	// a deaf seeker who asked for an interpreter, so that one booking shows one
	const signer = sampled.find((s) => s.category === 2) ?? ctx.seekers.find((s) => s.category === 2);
	if (signer && !sampled.includes(signer)) sampled.splice(-1, 1, signer);
	const online = () => ({
		registeredAt: rng.dateBetween(fair.createdAt, addMinutes(now, -60)),
		lastSeenAt: new Date(now.getTime() - rng.int(0, 50_000)),
	});
	const attendees = sampled.map((s) =>
		register(
			rng,
			rows,
			fair.id,
			{ ...s, needs: s === signer ? ['sign_interpreter'] : drawNeeds(rng, s.category) },
			online(),
		),
	);
	if (ctx.demoSeeker)
		register(rng, rows, fair.id, { ...ctx.demoSeeker, needs: ['text_only'] }, online());
	if (!booths.length) return;

	const contacts = new Set<string>();
	const queued = rng.shuffle(attendees);
	const nextInLine = () => queued.shift();
	for (const booth of booths.slice(0, 2)) {
		const a = nextInLine();
		if (!a) break;
		const acceptedAt = addMinutes(now, -rng.int(2, 6));
		queueAt(
			rng,
			rows,
			{ boothId: booth.id, personId: a.id, status: 'chatting' },
			{ joinedAt: addMinutes(acceptedAt, -rng.int(1, 10)), acceptedAt, endedAt: null, now },
		);
	}
	for (const booth of booths.slice(0, 4))
		for (let i = rng.int(1, 3); i > 0; i--) {
			const a = nextInLine();
			if (!a) break;
			queueAt(
				rng,
				rows,
				{ boothId: booth.id, personId: a.id, status: 'waiting' },
				{ joinedAt: addMinutes(now, -rng.int(1, 25)), acceptedAt: null, endedAt: null, now },
			);
		}
	rng.sample(attendees, rng.int(5, 8)).forEach((a, i) => {
		const booth = rng.pick(booths);
		const joinedAt = momentOpen(rng, fair, addMinutes(now, -40), 40);
		const acceptedAt = addMinutes(joinedAt, rng.int(1, 8));
		const endedAt = addMinutes(acceptedAt, rng.int(5, 20));
		queueAt(
			rng,
			rows,
			{ boothId: booth.id, personId: a.id, status: 'done' },
			{ joinedAt, acceptedAt, endedAt, now },
		);
		if (i < 2 || rng.chance(0.5))
			noteContact(rng, rows, contacts, {
				boothId: booth.id,
				personId: a.id,
				at: endedAt,
				note: rng.pick(CONTACT_NOTES.good),
				// 达成意向 with the first two
				intentionAt: i < 2 ? earlier(addMinutes(endedAt, rng.int(1, 30)), now) : null,
			});
	});

	bookInterviews(rng, rows, setup, ctx, attendees, signer);

	const offers = offersOf(booths);
	for (const a of rng.sample(attendees, rng.int(10, 18)))
		for (const offer of pickOffers(rng, offers, ctx.taken, a.id, rng.int(1, 2))) {
			const at = later(momentOpen(rng, fair, now), a.registeredAt);
			const status = rng.weighted(STATUS);
			const { booth, postingId } = offer;
			applyAtFair(
				rng,
				rows,
				{ fairId: fair.id, personId: a.id, postingId, employerId: booth.employerId, at },
				status,
				(to) => GAPS[to],
				now,
			);
			if (status === 'interview')
				noteContact(rng, rows, contacts, {
					boothId: booth.id,
					personId: a.id,
					at: earlier(addMinutes(at, rng.int(5, 60)), now),
					note: rng.pick(CONTACT_NOTES.good),
					intentionAt: null,
				});
		}
}

/** Interviews in the next hours (the interpreter's first) and a few held yesterday. */
function bookInterviews(
	rng: Random,
	rows: HistoryRows,
	{ fair, booths, interpreters }: FairSetup,
	ctx: ParticipantsContext,
	attendees: readonly Attendee[],
	signer: Seeker | undefined,
) {
	const slots = { calendar: ctx.calendar, booked: ctx.booked, interpreters };
	const interpreted = attendees.find((a) => a.id === signer?.id);
	if (interpreted)
		bookSlot(
			rng,
			rows,
			slots,
			{ fairId: fair.id, booth: rng.pick(booths), attendee: interpreted, source: 'seeker' },
			{ from: addMinutes(ctx.now, 15), first: true },
		);
	const others = attendees.filter((a) => a !== interpreted);
	for (const attendee of rng.sample(others, rng.int(6, 9)))
		bookSlot(
			rng,
			rows,
			slots,
			{ fairId: fair.id, booth: rng.pick(booths), attendee, source: rng.pick(['seeker', 'rep']) },
			{ from: addMinutes(ctx.now, rng.int(10, 240)), first: true },
		);
	for (const attendee of rng.sample(others, rng.int(3, 5)))
		bookSlot(
			rng,
			rows,
			slots,
			{ fairId: fair.id, booth: rng.pick(booths), attendee, source: 'seeker' },
			{ from: fair.startsAt, to: addMinutes(ctx.now, -30), first: false },
		);
}
