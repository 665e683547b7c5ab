import type { AllocationInput } from './allocate.js';

/** Half-open interval [start, end) in epoch milliseconds. */
export type Interval = { start: number; end: number };

export type PreparedRequest = {
	personId: string;
	boothId: string;
	preference: number;
	score: number;
	needsInterpreter: boolean;
};
export type PreparedSlot = Interval & { id: string; boothId: string };

/**
 * The input checked, sorted by id and indexed: every later step walks these arrays in order, so
 * the model (and HiGHS's answer) depends only on the content of the input, never on its order.
 */
export type Prepared = {
	requests: PreparedRequest[];
	slots: PreparedSlot[];
	/** slot indices of each booth, by start time then id */
	slotsByBooth: Map<string, number[]>;
	maxOf: (personId: string) => number;
	busyOf: Map<string, Interval[]>;
	interpreters: { id: string; free: Interval[] }[];
	/** objective weight of request r: score * scoreWeight + (bonusBase - preference) */
	bonusBase: number;
	scoreWeight: number;
};

export const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;
export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function interval(startsAt: Date, endsAt: Date, what: string): Interval {
	const start = startsAt.getTime();
	const end = endsAt.getTime();
	if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start)
		throw new RangeError(`${what}: endsAt must be after startsAt`);
	return { start, end };
}

/** Free hours that touch or overlap are one stretch: a slot across 10:00 is covered by 9–10 + 10–11. */
function mergeIntervals(list: Interval[]): Interval[] {
	const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
	const out: Interval[] = [];
	for (const i of sorted) {
		const last = out.at(-1);
		if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
		else out.push({ ...i });
	}
	return out;
}

export function prepare(input: AllocationInput): Prepared {
	const requests = input.requests
		.map((r) => ({ ...r }))
		.sort((a, b) => byString(a.personId, b.personId) || byString(a.boothId, b.boothId));
	for (const [i, r] of requests.entries()) {
		const prev = requests[i - 1];
		if (prev && prev.personId === r.personId && prev.boothId === r.boothId)
			throw new RangeError(`request ${r.personId}/${r.boothId} is listed twice`);
		if (!Number.isInteger(r.score) || r.score < 0 || r.score > 100)
			throw new RangeError(`request ${r.personId}/${r.boothId}: score must be an integer 0..100`);
		if (!Number.isInteger(r.preference) || r.preference < 1)
			throw new RangeError(`request ${r.personId}/${r.boothId}: preference must be 1, 2, …`);
	}
	const slots = input.slots
		.map((s) => ({ id: s.id, boothId: s.boothId, ...interval(s.startsAt, s.endsAt, s.id) }))
		.sort((a, b) => byString(a.id, b.id));
	const slotsByBooth = new Map<string, number[]>();
	for (const [i, s] of slots.entries()) {
		if (slots[i - 1]?.id === s.id) throw new RangeError(`slot ${s.id} is listed twice`);
		const list = slotsByBooth.get(s.boothId) ?? [];
		list.push(i);
		slotsByBooth.set(s.boothId, list);
	}
	for (const list of slotsByBooth.values())
		list.sort((a, b) => slots[a]!.start - slots[b]!.start || a - b);

	const max = new Map<string, number>();
	for (const s of input.seekers) {
		if (!Number.isInteger(s.maxInterviews) || s.maxInterviews < 0)
			throw new RangeError(`seeker ${s.personId}: maxInterviews must be an integer ≥ 0`);
		max.set(s.personId, s.maxInterviews);
	}
	const busyOf = new Map<string, Interval[]>();
	for (const b of input.busy ?? []) {
		const list = busyOf.get(b.personId) ?? [];
		list.push(interval(b.startsAt, b.endsAt, `busy ${b.personId}`));
		busyOf.set(b.personId, list);
	}
	const interpreters = input.interpreters
		.map((i) => ({
			id: i.id,
			free: mergeIntervals(i.free.map((f) => interval(f.startsAt, f.endsAt, i.id))),
		}))
		.sort((a, b) => byString(a.id, b.id));

	// Lexicographic objective as one weight: the bonus is 1..bonusBase-1, so all requests together
	// add less than one point of score (scoreWeight > the largest possible bonus sum), and every
	// assignment is worth ≥ 1, so an optimum never leaves a slot empty that someone could take.
	const bonusBase = Math.max(0, ...requests.map((r) => r.preference)) + 1;
	return {
		requests,
		slots,
		slotsByBooth,
		maxOf: (personId) => max.get(personId) ?? 1,
		busyOf,
		interpreters,
		bonusBase,
		scoreWeight: (bonusBase - 1) * requests.length + 1,
	};
}

export const weightOf = (p: Prepared, r: PreparedRequest) =>
	r.score * p.scoreWeight + (p.bonusBase - r.preference);
