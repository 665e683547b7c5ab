import { FOLLOW_UP_DAYS, REJECTION_REASONS, type FairNeed } from '@ronghe/contracts';
import { addDays } from './dates.js';
import type { Booth, HistoryRows, Interpreter, SlotRef } from './fair-setup.js';
import { CHAT_SCRIPTS, FOLLOW_UP_PROBLEMS } from './fair-texts.js';
import { addMinutes, earlier, type Calendar } from './fair-times.js';
import type { Random } from './random.js';

/** A demo person who may come to a fair. */
export type Seeker = { id: string; category: number };
export type Attendee = Seeker & { needs: FairNeed[]; registeredAt: Date };

type Status = 'submitted' | 'viewed' | 'interview' | 'offered' | 'hired' | 'rejected';

/** The statuses an application passes through on its way to `status`. */
const PATHS: Record<Status, readonly Status[]> = {
	submitted: ['submitted'],
	viewed: ['submitted', 'viewed'],
	interview: ['submitted', 'viewed', 'interview'],
	offered: ['submitted', 'viewed', 'interview', 'offered'],
	hired: ['submitted', 'viewed', 'interview', 'offered', 'hired'],
	rejected: ['submitted', 'viewed', 'rejected'],
};

/** The accommodations a seeker asks for, fitting the disability (contracts' codes). */
export function drawNeeds(rng: Random, category: number): FairNeed[] {
	if (category === 2)
		return rng.weighted<FairNeed[]>([
			[['sign_interpreter'], 6],
			[['captions'], 2],
			[['text_only'], 2],
		]);
	if (category === 3) return rng.chance(0.6) ? ['text_only'] : [];
	if (category === 4) return rng.chance(0.4) ? ['step_free'] : [];
	if (category === 1) return rng.chance(0.3) ? ['extra_time'] : [];
	if (category === 5 || category === 6) return rng.chance(0.4) ? ['companion'] : [];
	return rng.chance(0.2) ? ['companion', 'extra_time'] : [];
}

/** A registration for the fair; `lastSeenAt` is when the seeker last had the fair open. */
export function register(
	rng: Random,
	rows: HistoryRows,
	fairId: string,
	seeker: Seeker & { needs: FairNeed[] },
	at: { registeredAt: Date; lastSeenAt: Date | null },
): Attendee {
	rows.registrations.push({
		id: rng.uuid(),
		fairId,
		personId: seeker.id,
		needs: seeker.needs,
		maxInterviews: rng.int(2, 4),
		lastSeenAt: at.lastSeenAt,
		createdAt: at.registeredAt,
		updatedAt: at.lastSeenAt ?? at.registeredAt,
	});
	return { ...seeker, registeredAt: at.registeredAt };
}

/**
 * An application made at a fair with every status it passed through (`application_events`, as
 * the API writes them), each step `gap(status)` minutes after the one before and never after
 * `now`. A hire gets its 回访 visits at 30, 60 and 90 days: done (mostly still employed, with a
 * wage) when already due, waiting otherwise.
 */
export function applyAtFair(
	rng: Random,
	rows: HistoryRows,
	a: { fairId: string; personId: string; postingId: string; employerId: string; at: Date },
	status: Status,
	gap: (to: Status) => readonly [number, number],
	now: Date,
): void {
	const id = rng.uuid();
	const reason = status === 'rejected' ? rng.pick(REJECTION_REASONS) : null;
	let at = a.at;
	for (const step of PATHS[status]) {
		if (step !== 'submitted') at = earlier(addMinutes(at, rng.int(...gap(step))), now);
		rows.events.push({
			id: rng.uuid(),
			applicationId: id,
			status: step,
			actor: step === 'submitted' ? 'seeker' : 'employer',
			note: '',
			reason: step === 'rejected' ? reason : null,
			createdAt: at,
		});
	}
	rows.applications.push({
		id,
		personId: a.personId,
		postingId: a.postingId,
		employerId: a.employerId,
		status,
		note: '',
		sharePassport: rng.chance(0.3),
		reason,
		statusChangedAt: at,
		rosterProposal: status === 'hired' ? 'pending' : null,
		fairId: a.fairId,
		createdAt: a.at,
		updatedAt: at,
	});
	if (status === 'hired') followUps(rng, rows, id, at, now);
}

function followUps(
	rng: Random,
	rows: HistoryRows,
	applicationId: string,
	hiredAt: Date,
	now: Date,
) {
	let employed = true;
	let wage = rng.int(38, 64) * 50;
	for (const day of FOLLOW_UP_DAYS) {
		const dueAt = addDays(hiredAt, day);
		const done = dueAt < now;
		const doneAt = done ? earlier(addMinutes(dueAt, rng.int(0, 4 * 24 * 60)), now) : null;
		if (done && employed && rng.chance(0.08)) employed = false;
		if (done && employed && rng.chance(0.3)) wage += 100;
		rows.followUps.push({
			id: rng.uuid(),
			applicationId,
			day,
			dueAt,
			doneAt,
			stillEmployed: done ? employed : null,
			monthlyWage: done && employed ? wage : null,
			problems: done ? rng.weighted(FOLLOW_UP_PROBLEMS) : '',
			recordedBy: null,
			createdAt: hiredAt,
			updatedAt: doneAt ?? hiredAt,
		});
	}
}

/** What a booth's reps noted about a seeker; one note per seeker and booth. */
export function noteContact(
	rng: Random,
	rows: HistoryRows,
	seen: Set<string>,
	c: { boothId: string; personId: string; at: Date; note: string; intentionAt: Date | null },
	interested = true,
) {
	const key = `${c.boothId}:${c.personId}`;
	if (seen.has(key)) return;
	seen.add(key);
	rows.contacts.push({
		id: rng.uuid(),
		boothId: c.boothId,
		personId: c.personId,
		note: c.note,
		rating: interested ? rng.int(3, 5) : rng.int(2, 3),
		interest: interested ? 'interested' : 'not_interested',
		intentionAt: c.intentionAt,
		createdAt: c.at,
		updatedAt: c.intentionAt ?? c.at,
	});
}

/**
 * Books one of the booth's free slots for the seeker (between `from` and `to`; the earliest when
 * `first`, else any), with a free interpreter whose hours cover it when the seeker asked for one. Nothing
 * is booked twice: the calendar keeps every seeker's and interpreter's booked times.
 */
export function bookSlot(
	rng: Random,
	rows: HistoryRows,
	ctx: { calendar: Calendar; booked: Set<string>; interpreters: readonly Interpreter[] },
	b: { fairId: string; booth: Booth; attendee: Attendee; source: string },
	when: { from: Date; to?: Date; first: boolean },
): SlotRef | undefined {
	const person = `p:${b.attendee.id}`;
	const candidates = b.booth.slots.filter(
		(s) =>
			s.startsAt >= when.from &&
			(!when.to || s.endsAt <= when.to) &&
			!ctx.booked.has(s.id) &&
			ctx.calendar.free(person, s),
	);
	const start = when.first ? 0 : rng.int(0, Math.max(0, candidates.length - 1));
	const wantsInterpreter = b.attendee.needs.includes('sign_interpreter');
	for (let i = 0; i < candidates.length; i++) {
		const slot = candidates[(start + i) % candidates.length]!;
		const interpreter = wantsInterpreter
			? ctx.interpreters.find(
					(t) =>
						t.hours.some((h) => h.startsAt <= slot.startsAt && h.endsAt >= slot.endsAt) &&
						ctx.calendar.free(`i:${t.id}`, slot),
				)
			: undefined;
		if (wantsInterpreter && !interpreter) continue;
		ctx.booked.add(slot.id);
		ctx.calendar.take(person, slot);
		if (interpreter) ctx.calendar.take(`i:${interpreter.id}`, slot);
		const madeAt = earlier(b.attendee.registeredAt, addMinutes(slot.startsAt, -30));
		rows.bookings.push({
			id: rng.uuid(),
			fairId: b.fairId,
			boothId: b.booth.id,
			slotId: slot.id,
			personId: b.attendee.id,
			interpreterId: interpreter?.id ?? null,
			// the trigger copies the slot's times; they are given for the row's type
			startsAt: slot.startsAt,
			endsAt: slot.endsAt,
			status: 'booked',
			link: '',
			source: b.source,
			createdAt: madeAt,
			updatedAt: madeAt,
		});
		return slot;
	}
	return undefined;
}

/**
 * A place in a booth's chat queue: waiting (no times but `joinedAt`), chatting since `acceptedAt`
 * or ended; a chat that was accepted has a few lines of a script, the last no later than its end
 * (or `now` while it goes on). The rep is named later, when the demo HR login exists.
 */
export function queueAt(
	rng: Random,
	rows: HistoryRows,
	e: { boothId: string; personId: string; status: 'waiting' | 'chatting' | 'done' | 'left' },
	t: { joinedAt: Date; acceptedAt: Date | null; endedAt: Date | null; now: Date },
) {
	const id = rng.uuid();
	rows.queue.push({
		id,
		boothId: e.boothId,
		personId: e.personId,
		status: e.status,
		joinedAt: t.joinedAt,
		repUserId: null,
		acceptedAt: t.acceptedAt,
		endedAt: t.endedAt,
	});
	const accepted = t.acceptedAt?.getTime();
	if (accepted === undefined) return;
	const script = rng.pick(CHAT_SCRIPTS);
	const lines = script.slice(0, rng.int(2, script.length));
	const until = (t.endedAt ?? t.now).getTime();
	const step = Math.max(1, Math.floor((until - accepted) / (lines.length + 1)));
	lines.forEach((body, i) =>
		rows.messages.push({
			id: rng.uuid(),
			entryId: id,
			fromRep: i % 2,
			userId: null,
			body,
			at: new Date(accepted + step * (i + 1)),
		}),
	);
}
