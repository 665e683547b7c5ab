import fc from 'fast-check';
import type { AllocationInput, AllocationResult } from './allocate.js';

/**
 * For the allocation tests: random small fairs, a rule checker and a brute-force optimum. Both
 * are written again from the rules in the brief, sharing no code with the solver.
 */

type Span = { startsAt: Date; endsAt: Date };
const NINE = Date.parse('2026-05-16T09:00:00+08:00');
export const at = (minutes: number) => new Date(NINE + minutes * 60_000);
export const span = (from: number, to: number): Span => ({ startsAt: at(from), endsAt: at(to) });
const clash = (a: Span, b: Span) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** Whether the free stretches together cover the whole slot (9–10 plus 10–11 covers 9:45–10:15). */
function covered(free: Span[], s: Span): boolean {
	let cursor = s.startsAt.getTime();
	for (let moved = true; moved && cursor < s.endsAt.getTime();) {
		moved = false;
		for (const f of free)
			if (f.startsAt.getTime() <= cursor && cursor < f.endsAt.getTime()) {
				cursor = f.endsAt.getTime();
				moved = true;
			}
	}
	return cursor >= s.endsAt.getTime();
}

const gridSpan = (maxLength: number) =>
	fc
		.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: maxLength }))
		.map(([k, n]) => span(15 * k, 15 * (k + n)));

/** ≤ 5 seekers, ≤ 3 booths with ≤ 3 slots each, ≤ 2 interpreters, on a 15-minute grid. */
export const smallFair: fc.Arbitrary<AllocationInput> = fc
	.record({
		// now and then a booth with no free slot left
		booths: fc.array(
			fc.oneof(
				{ arbitrary: fc.constant([]), weight: 1 },
				{ arbitrary: fc.array(gridSpan(3), { minLength: 1, maxLength: 3 }), weight: 8 },
			),
			{ minLength: 1, maxLength: 3 },
		),
		interpreters: fc.array(fc.array(gridSpan(6), { minLength: 1, maxLength: 2 }), {
			maxLength: 2,
		}),
		seekers: fc.array(
			fc.record({
				booths: fc.shuffledSubarray([0, 1, 2], { minLength: 1 }),
				scores: fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constantFrom(60, 80)), {
					minLength: 3,
					maxLength: 3,
				}),
				needs: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
				// absent (the default of 1), now and then 0, mostly 1–3
				max: fc.option(
					fc.oneof(
						{ arbitrary: fc.constant(0), weight: 1 },
						{ arbitrary: fc.integer({ min: 1, max: 3 }), weight: 8 },
					),
					{ nil: undefined, freq: 4 },
				),
				busy: fc.option(gridSpan(2), { nil: undefined, freq: 2 }),
			}),
			{ minLength: 2, maxLength: 5 },
		),
	})
	.map(({ booths, interpreters, seekers }) => ({
		slots: booths.flatMap((list, b) =>
			list.map((s, k) => ({ id: `s${b}${k}`, boothId: `b${b}`, ...s })),
		),
		interpreters: interpreters.map((free, i) => ({ id: `i${i}`, free })),
		seekers: seekers.flatMap((s, p) =>
			s.max === undefined ? [] : [{ personId: `p${p}`, maxInterviews: s.max }],
		),
		busy: seekers.flatMap((s, p) => (s.busy ? [{ personId: `p${p}`, ...s.busy }] : [])),
		requests: seekers.flatMap((s, p) =>
			s.booths
				.filter((b) => b < booths.length)
				.map((b, k) => ({
					personId: `p${p}`,
					boothId: `b${b}`,
					preference: k + 1,
					score: s.scores[b]!,
					needsInterpreter: s.needs[b]!,
				})),
		),
	}));

const keyOf = (r: { personId: string; boothId: string }) => `${r.personId}/${r.boothId}`;

/** Every rule the result must keep; an empty list means none is broken. */
export function ruleViolations(input: AllocationInput, result: AllocationResult): string[] {
	const bad: string[] = [];
	const requests = new Map(input.requests.map((r) => [keyOf(r), r]));
	const slots = new Map(input.slots.map((s) => [s.id, s]));
	const interpreters = new Map(input.interpreters.map((i) => [i.id, i]));
	const maxOf = (p: string) => input.seekers.find((s) => s.personId === p)?.maxInterviews ?? 1;
	const seen = new Map<string, number>();
	for (const x of [...result.assignments, ...result.unassigned])
		seen.set(keyOf(x), (seen.get(keyOf(x)) ?? 0) + 1);
	for (const r of input.requests)
		if (seen.get(keyOf(r)) !== 1) bad.push(`${keyOf(r)} appears ${seen.get(keyOf(r)) ?? 0} times`);
	const timesOf = (p: string) =>
		result.assignments.filter((a) => a.personId === p).map((a) => slots.get(a.slotId)!);
	const bookedOf = (i: string) =>
		result.assignments.filter((a) => a.interpreterId === i).map((a) => slots.get(a.slotId)!);
	const busyOf = (p: string) => (input.busy ?? []).filter((b) => b.personId === p);
	const used = new Set<string>();
	for (const a of result.assignments) {
		const r = requests.get(keyOf(a));
		const s = slots.get(a.slotId);
		if (!r || !s) {
			bad.push(`${keyOf(a)} assigned to an unknown request or slot`);
			continue;
		}
		if (s.boothId !== r.boothId) bad.push(`${keyOf(a)} got a slot of booth ${s.boothId}`);
		if (a.score !== r.score) bad.push(`${keyOf(a)} reports score ${a.score}`);
		if (used.has(s.id)) bad.push(`slot ${s.id} given twice`);
		used.add(s.id);
		if (timesOf(a.personId).filter((t) => clash(t, s)).length > 1) bad.push(`${keyOf(a)} overlaps`);
		if (busyOf(a.personId).some((b) => clash(b, s))) bad.push(`${keyOf(a)} overlaps busy`);
		if (r.needsInterpreter !== (a.interpreterId !== null)) bad.push(`${keyOf(a)} interpreter`);
		if (a.interpreterId !== null) {
			const i = interpreters.get(a.interpreterId);
			if (!i || !covered(i.free, s)) bad.push(`${keyOf(a)}: interpreter not free`);
			if (bookedOf(a.interpreterId).filter((t) => clash(t, s)).length > 1)
				bad.push(`interpreter ${a.interpreterId} double-booked at ${s.id}`);
		}
	}
	for (const p of new Set(input.requests.map((r) => r.personId)))
		if (timesOf(p).length > maxOf(p)) bad.push(`${p} over maxInterviews`);
	for (const u of result.unassigned) {
		const r = requests.get(keyOf(u))!;
		const booth = input.slots.filter((s) => s.boothId === r.boothId);
		const open = booth.filter((s) => !used.has(s.id));
		const mine = [...busyOf(r.personId), ...timesOf(r.personId)];
		const fits = (s: Span) => !mine.some((t) => clash(t, s));
		const interpreterFree = (s: Span) =>
			input.interpreters.some(
				(i) => covered(i.free, s) && !bookedOf(i.id).some((t) => clash(t, s)),
			);
		const honest = {
			no_slots: booth.length === 0,
			seeker_limit: timesOf(r.personId).length >= maxOf(r.personId),
			slots_full: open.length === 0,
			time_conflict: !open.some(fits),
			no_interpreter_free: r.needsInterpreter && !open.some((s) => fits(s) && interpreterFree(s)),
		}[u.code];
		if (!honest) bad.push(`${keyOf(u)}: reason ${u.code} is not true`);
		if (!/[\u4e00-\u9fff]/.test(u.text)) bad.push(`${keyOf(u)}: text is not Chinese`);
	}
	return bad;
}

/** Totals of an allocation: matching score, and preference points (P − preference each). */
export function totals(
	input: AllocationInput,
	assignments: { personId: string; boothId: string }[],
) {
	const P = Math.max(0, ...input.requests.map((r) => r.preference)) + 1;
	const requests = new Map(input.requests.map((r) => [keyOf(r), r]));
	let score = 0;
	let bonus = 0;
	for (const a of assignments) {
		score += requests.get(keyOf(a))!.score;
		bonus += P - requests.get(keyOf(a))!.preference;
	}
	return { score, bonus };
}

/**
 * The best (score, preference points) over every allocation, by enumeration: each request in
 * turn takes nothing or any slot of its booth (with any interpreter when needed) that breaks no
 * rule so far; a branch stops when even all remaining requests could not beat the best found.
 */
export function bruteForce(input: AllocationInput): { score: number; bonus: number } {
	const P = Math.max(0, ...input.requests.map((r) => r.preference)) + 1;
	const reqs = input.requests;
	const value = (i: number) => reqs[i]!.score * 1000 + (P - reqs[i]!.preference);
	const rest = reqs.map((_, i) => reqs.slice(i).reduce((s, _r, j) => s + value(i + j), 0));
	const maxOf = (p: string) => input.seekers.find((s) => s.personId === p)?.maxInterviews ?? 1;
	const used = new Set<string>();
	const times = new Map<string, Span[]>();
	for (const b of input.busy ?? []) times.set(b.personId, [...(times.get(b.personId) ?? []), b]);
	const count = new Map<string, number>();
	const booked = new Map<string, Span[]>(input.interpreters.map((i) => [i.id, []]));
	let best = 0;
	const dfs = (i: number, total: number) => {
		if (total > best) best = total;
		if (i === reqs.length || total + rest[i]! <= best) return;
		const r = reqs[i]!;
		const mine = times.get(r.personId) ?? [];
		if ((count.get(r.personId) ?? 0) < maxOf(r.personId))
			for (const s of input.slots) {
				if (s.boothId !== r.boothId || used.has(s.id) || mine.some((t) => clash(t, s))) continue;
				const helpers = r.needsInterpreter
					? input.interpreters.filter(
							(x) => covered(x.free, s) && !booked.get(x.id)!.some((t) => clash(t, s)),
						)
					: [null];
				for (const h of helpers) {
					used.add(s.id);
					times.set(r.personId, [...mine, s]);
					count.set(r.personId, (count.get(r.personId) ?? 0) + 1);
					if (h) booked.get(h.id)!.push(s);
					dfs(i + 1, total + value(i));
					if (h) booked.get(h.id)!.pop();
					count.set(r.personId, count.get(r.personId)! - 1);
					times.set(r.personId, mine);
					used.delete(s.id);
				}
			}
		dfs(i + 1, total);
	};
	dfs(0, 0);
	return { score: Math.floor(best / 1000), bonus: best % 1000 };
}
