import type { AllocationResult, UnassignedCode } from './allocate.js';
import { append, covers, type Model } from './model.js';
import { overlaps, weightOf, type Interval, type Prepared } from './prepare.js';
import type { Placement } from './schedule.js';

export const REASON_TEXT: Record<UnassignedCode, string> = {
	no_slots: '这个展位没有空闲的面试时段',
	seeker_limit: '求职者的面试场次已达上限',
	slots_full: '这个展位的面试时段已经排满',
	no_interpreter_free: '这个时段没有空闲的手语翻译',
	time_conflict: '这个展位的时段都与求职者已有的安排时间冲突',
};

/**
 * Names the interpreter of each placement that needs one. Placements go by start time, each to
 * the first candidate (by id) with no overlapping interview: the class's members, or everyone
 * free for the slot when pooled. Taken by start, a member whose interviews overlap this one is
 * busy at its start, and the model kept at most (class size) interviews there, so someone is free.
 */
function nameInterpreters(p: Prepared, m: Model, placements: Placement[]): (string | null)[] {
	const named: (string | null)[] = placements.map(() => null);
	const booked = new Map<string, Interval[]>();
	const order = placements
		.map((_, k) => k)
		.filter((k) => p.requests[placements[k]!.req]!.needsInterpreter)
		.sort(
			(a, b) => p.slots[placements[a]!.slot]!.start - p.slots[placements[b]!.slot]!.start || a - b,
		);
	for (const k of order) {
		const { slot, cls } = placements[k]!;
		const s = p.slots[slot]!;
		const candidates =
			cls >= 0 && m.classes
				? m.classes[cls]!.members
				: p.interpreters.filter((i) => covers(i.free, s)).map((i) => i.id);
		const id = candidates.find((i) => !(booked.get(i) ?? []).some((b) => overlaps(b, s)));
		if (id === undefined) throw new Error(`no interpreter left for slot ${s.id}`);
		append(booked, id, s);
		named[k] = id;
	}
	return named;
}

/**
 * Why a request stayed unassigned, first match wins (docs in allocate.ts). "Open" slots are the
 * booth's slots nobody else was given; an optimal allocation leaves no open slot that fits the
 * seeker's time and has a free interpreter (if needed), which is what makes the last rule true.
 */
function reasonOf(
	p: Prepared,
	req: number,
	taken: Set<number>,
	timesOf: Map<string, Interval[]>,
	bookedOf: Map<string, Interval[]>,
): UnassignedCode {
	const r = p.requests[req]!;
	const slots = p.slotsByBooth.get(r.boothId) ?? [];
	if (slots.length === 0) return 'no_slots';
	const mine = timesOf.get(r.personId) ?? [];
	if (mine.length >= p.maxOf(r.personId)) return 'seeker_limit';
	const open = slots.filter((s) => !taken.has(s)).map((s) => p.slots[s]!);
	if (open.length === 0) return 'slots_full';
	const busy = [...(p.busyOf.get(r.personId) ?? []), ...mine];
	const clashes = (s: Interval) => busy.some((b) => overlaps(b, s));
	const interpreterFree = (s: Interval) =>
		p.interpreters.some(
			(i) => covers(i.free, s) && !(bookedOf.get(i.id) ?? []).some((b) => overlaps(b, s)),
		);
	if (r.needsInterpreter && !open.some(interpreterFree)) return 'no_interpreter_free';
	if (open.every(clashes)) return 'time_conflict';
	// the open slots that fit the seeker's time have no interpreter left (only reachable without
	// one when the solver stopped early)
	return r.needsInterpreter ? 'no_interpreter_free' : 'slots_full';
}

export function outcome(
	p: Prepared,
	m: Model,
	placements: Placement[],
): Pick<AllocationResult, 'assignments' | 'unassigned' | 'objective'> {
	const interpreterOf = nameInterpreters(p, m, placements);
	const assignments: AllocationResult['assignments'] = [];
	const assignedReqs = new Set<number>();
	const taken = new Set<number>();
	const timesOf = new Map<string, Interval[]>();
	const bookedOf = new Map<string, Interval[]>();
	let objective = 0;
	for (const [k, { req, slot }] of placements.entries()) {
		const r = p.requests[req]!;
		const s = p.slots[slot]!;
		const interpreterId = interpreterOf[k] ?? null;
		assignments.push({
			personId: r.personId,
			boothId: r.boothId,
			slotId: s.id,
			interpreterId,
			score: r.score,
		});
		assignedReqs.add(req);
		taken.add(slot);
		append(timesOf, r.personId, s);
		if (interpreterId) append(bookedOf, interpreterId, s);
		objective += weightOf(p, r);
	}
	const unassigned = p.requests.flatMap((r, req) => {
		if (assignedReqs.has(req)) return [];
		const code = reasonOf(p, req, taken, timesOf, bookedOf);
		return [{ personId: r.personId, boothId: r.boothId, code, text: REASON_TEXT[code] }];
	});
	return { assignments, unassigned, objective };
}
