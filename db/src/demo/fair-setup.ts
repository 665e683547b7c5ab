import type { fairBoothPostings, fairBooths, fairSlots } from '../schema/fair-booths.js';
import type { fairFollowUps, fairInterviewRequests } from '../schema/fair-outcomes.js';
import type {
	fairBookings,
	fairChatMessages,
	fairContacts,
	fairQueueEntries,
	fairRegistrations,
} from '../schema/fair-participation.js';
import type { fairInterpreterHours, fairInterpreters, fairZones } from '../schema/fairs.js';
import type { applicationEvents, applications } from '../schema/matching.js';
import type { fairPostings } from '../schema/postings.js';
import type { EmployerKind } from './catalog.js';
import { addDays } from './dates.js';
import {
	BOOTH_ACCESSIBILITY,
	BOOTH_INTRODUCTIONS,
	FAIR_ZONES,
	INTERPRETER_SEXES,
	REFUSAL_REASONS,
	zoneOf,
} from './fair-texts.js';
import {
	addMinutes,
	earlier,
	MINUTE_MS,
	openingPeriods,
	slotTimes,
	type FairHours,
	type Period,
} from './fair-times.js';
import { makeFullName } from './people.js';
import type { Random } from './random.js';

/** A demo fair as the history generator needs it. */
export type DemoFair = FairHours & { id: string; createdAt: Date };
/** An employer that can take a booth, with its published postings. */
export type Exhibitor = {
	id: string;
	kind: EmployerKind;
	roles: readonly string[];
	postings: readonly string[];
};
export type SlotRef = Period & { id: string };
/** An approved booth: its postings and its interview slots in time order. */
export type Booth = { id: string; employerId: string; postings: string[]; slots: SlotRef[] };
export type Interpreter = { id: string; hours: Period[] };
export type FairSetup = { fair: DemoFair; booths: Booth[]; interpreters: Interpreter[] };

/** The rows of the fairs' history, by table, in the order they are written. */
export type HistoryRows = {
	zones: (typeof fairZones.$inferInsert)[];
	interpreters: (typeof fairInterpreters.$inferInsert)[];
	interpreterHours: (typeof fairInterpreterHours.$inferInsert)[];
	booths: (typeof fairBooths.$inferInsert)[];
	boothPostings: (typeof fairBoothPostings.$inferInsert)[];
	fairPostings: (typeof fairPostings.$inferInsert)[];
	slots: (typeof fairSlots.$inferInsert)[];
	registrations: (typeof fairRegistrations.$inferInsert)[];
	applications: (typeof applications.$inferInsert)[];
	events: (typeof applicationEvents.$inferInsert)[];
	followUps: (typeof fairFollowUps.$inferInsert)[];
	contacts: (typeof fairContacts.$inferInsert)[];
	requests: (typeof fairInterviewRequests.$inferInsert)[];
	queue: (typeof fairQueueEntries.$inferInsert)[];
	messages: (typeof fairChatMessages.$inferInsert)[];
	bookings: (typeof fairBookings.$inferInsert)[];
};

export function createHistoryRows(): HistoryRows {
	return {
		zones: [],
		interpreters: [],
		interpreterHours: [],
		booths: [],
		boothPostings: [],
		fairPostings: [],
		slots: [],
		registrations: [],
		applications: [],
		events: [],
		followUps: [],
		contacts: [],
		requests: [],
		queue: [],
		messages: [],
		bookings: [],
	};
}

/**
 * The employers of a fair: the demo employer first (when it has postings), then employers with at
 * least two published postings taken kind by kind, so the booths show different kinds; `others`
 * more (pending or refused booths) from the employers left.
 */
export function chooseExhibitors(
	rng: Random,
	pool: readonly Exhibitor[],
	counts: { approved: number; others: number },
	demoEmployerId: string | null,
): { approved: Exhibitor[]; others: Exhibitor[] } {
	const demo = pool.find((e) => e.id === demoEmployerId);
	const rest = pool.filter((e) => e !== demo);
	const eligible = rest.filter((e) => e.postings.length >= 2);
	const spread = [
		...byKind(rng, eligible),
		...byKind(
			rng,
			rest.filter((e) => !eligible.includes(e)),
		),
	];
	const approved = [...(demo ? [demo] : []), ...spread].slice(0, counts.approved);
	const others = rng.shuffle(rest.filter((e) => !approved.includes(e))).slice(0, counts.others);
	return { approved, others };
}

/** Shuffled, then one of each kind in turn. */
function byKind(rng: Random, list: readonly Exhibitor[]): Exhibitor[] {
	const groups = new Map<string, Exhibitor[]>();
	for (const e of rng.shuffle(list)) groups.set(e.kind, [...(groups.get(e.kind) ?? []), e]);
	const queues = [...groups.values()];
	const out: Exhibitor[] = [];
	for (let round = 0; out.length < list.length; round++)
		for (const q of queues) {
			const e = q[round];
			if (e) out.push(e);
		}
	return out;
}

/**
 * Zones, the sign-language interpreters with their hours, and the booths of one fair: approved
 * ones with 2–5 postings and interview slots over every opening hour (as approval makes them);
 * `others` with the given status (a refused one has a reason) and no slots. The approved booths'
 * postings are in the fair's posting list, which the job search's fair filter reads.
 */
export function setupFair(
	rng: Random,
	rows: HistoryRows,
	fair: DemoFair,
	exhibitors: { approved: Exhibitor[]; others: Exhibitor[]; othersStatus: 'pending' | 'refused' },
	now: Date,
): FairSetup {
	const zoneIds = new Map<string, string>();
	FAIR_ZONES.forEach((z, position) => {
		const id = rng.uuid();
		zoneIds.set(z.key, id);
		rows.zones.push({
			id,
			fairId: fair.id,
			kind: z.kind,
			name: z.name,
			description: z.description,
			position,
		});
	});
	const interpreters = INTERPRETER_SEXES.map((sex, i) => {
		const id = rng.uuid();
		rows.interpreters.push({
			id,
			fairId: fair.id,
			name: makeFullName(rng, sex, rng.int(1975, 1995)),
			createdAt: fair.createdAt,
			updatedAt: fair.createdAt,
		});
		// the first interpreter works every opening hour, the second the first half of each day
		const hours = openingPeriods(fair).map((p) =>
			i === 0
				? p
				: {
						startsAt: p.startsAt,
						endsAt: new Date((p.startsAt.getTime() + p.endsAt.getTime()) / 2),
					},
		);
		for (const h of hours) rows.interpreterHours.push({ id: rng.uuid(), interpreterId: id, ...h });
		return { id, hours };
	});
	const booth = (e: Exhibitor, status: 'approved' | 'pending' | 'refused') => {
		const zone = zoneOf(e.kind, e.roles);
		const applied = rng.dateBetween(
			fair.createdAt,
			new Date(
				Math.max(
					fair.createdAt.getTime() + MINUTE_MS,
					earlier(addDays(fair.startsAt, -2), now).getTime(),
				),
			),
		);
		const decidedAt =
			status === 'pending' ? null : earlier(addMinutes(applied, rng.int(240, 3600)), now);
		const id = rng.uuid();
		// 20 or 30 minutes: time to talk without hurry (and fewer rows to write than 15-minute slots)
		const slotMinutes = rng.chance(0.25) ? 20 : 30;
		rows.booths.push({
			id,
			fairId: fair.id,
			employerId: e.id,
			zoneId: zoneIds.get(zone) ?? null,
			status,
			reason: status === 'refused' ? rng.pick(REFUSAL_REASONS) : null,
			introduction: rng.pick(BOOTH_INTRODUCTIONS[zone]),
			accessibility: rng.pick(BOOTH_ACCESSIBILITY),
			slotMinutes,
			decidedBy: null,
			decidedAt,
			createdAt: applied,
			updatedAt: decidedAt ?? applied,
		});
		const postings = rng.sample(e.postings, status === 'approved' ? rng.int(2, 5) : rng.int(1, 2));
		for (const postingId of postings) rows.boothPostings.push({ boothId: id, postingId });
		return { id, slotMinutes, postings };
	};
	const booths = exhibitors.approved.map((e): Booth => {
		const b = booth(e, 'approved');
		for (const postingId of b.postings) rows.fairPostings.push({ fairId: fair.id, postingId });
		const slots = slotTimes(fair, b.slotMinutes).map((t) => ({ id: rng.uuid(), ...t }));
		for (const s of slots) rows.slots.push({ boothId: b.id, ...s });
		return { id: b.id, employerId: e.id, postings: b.postings, slots };
	});
	for (const e of exhibitors.others) booth(e, exhibitors.othersStatus);
	return { fair, booths, interpreters };
}
