/**
 * Fair-wide interview allocation, solved exactly.
 *
 * Staff run it before an online fair: seekers have asked for interviews at booths (a request),
 * booths have free slots, some seekers need a sign-language interpreter. The result is an
 * allocation of maximum value, proven optimal by HiGHS (mixed-integer programming, WebAssembly).
 *
 * Model. One 0/1 variable per usable (request r, slot s of r's booth[, interpreter class c]).
 * A slot is usable when it overlaps none of the seeker's `busy` times and, for a request that
 * needs an interpreter, some interpreter is free for the whole slot. Rows (all "Σ x ≤ cap"):
 *  1. each request takes at most one slot;
 *  2. each slot takes at most one seeker;
 *  3. each seeker takes at most `maxInterviews` slots (absent from `seekers`: 1);
 *  4. a seeker's slots never overlap: for every distinct start time t of the seeker's candidate
 *     slots, at most one slot covering t (the maximal cliques of an interval graph);
 *  5. interpreters: when the candidate slots needing one are pairwise identical or disjoint in
 *     time (a common grid), per interval at most as many as interpreters free for all of it;
 *     otherwise interpreters free for exactly the same candidate slots form a class, with a
 *     variable per class, and per class and distinct start t at most |class| slots covering t.
 *     Interpreters are named afterwards by interval colouring; both forms are exact (model.ts),
 *     and with one interpreter per class it is "never in two overlapping interviews".
 * Rows that another row or a bound already implies are left out (a slot or moment only one
 * request can use, a seeker with no more requests than `maxInterviews`, a class never short).
 *
 * Objective, lexicographic: total matching score first, then preference. As one weight per
 * assignment: score · K + (P − preference), P = (largest preference) + 1, K = (P − 1) · N + 1 with
 * N requests. The preference part of a whole allocation is at most (P − 1) · N < K, so it never
 * outweighs one point of score; it is ≥ 1, so every extra interview adds value. `objective` is
 * this sum with the K of the whole input.
 *
 * Solving. The slot-level model of a large fair is too big for HiGHS in WebAssembly (5,000
 * seekers: 120,000+ variables, 10+ s for the LP alone), so a relaxation goes first: a request
 * that needs no interpreter gets one booth-level variable ("some slot of this booth"), and each
 * booth a row "no more than its number of slots"; rows 2 and 4 are dropped for these variables.
 * Only constraints are dropped, so the relaxation's optimum bounds the true one. schedule.ts
 * then gives each booth-level choice a slot that fits its seeker's time; when all get one, the
 * allocation is worth the bound and so is optimal. (Usually they do: choosing times is edge
 * colouring of the seeker–booth graph, always possible on a common grid by König's theorem when
 * nothing else is fixed; nothing relies on it.) Otherwise the slot-level model is solved.
 * Either model splits into components (requests linked by a row) solved separately. A component
 * where a greedy pass places every request has reached its upper bound (each request counted
 * once) and skips HiGHS. Else its LP relaxation is solved and rounded (with a short dive): an
 * allocation within ½ of the LP bound is optimal, the objective being integral. Else HiGHS's
 * branch-and-cut runs from that allocation with the relative gap off. Like every MIP solver's,
 * these proofs rest on LP bounds computed in floating point within HiGHS's tolerances.
 * Inputs are sorted by id first: same input, same result.
 *
 * Why a request stayed unassigned, first match wins:
 *  1. `no_slots`: the booth has no free slots at all;
 *  2. `seeker_limit`: the seeker got `maxInterviews` interviews;
 *  3. `slots_full`: every slot of the booth went to other seekers;
 *  4. `no_interpreter_free`: needs an interpreter and none is free (free hours, minus the
 *     interviews they were given) for any of the booth's remaining slots;
 *  5. `time_conflict`: every remaining slot overlaps the seeker's busy times or new interviews;
 *  6. otherwise `no_interpreter_free`: the remaining slots that fit the seeker's time have no
 *     interpreter left. (An optimal allocation leaves no remaining slot that fits the seeker's
 *     time and has an interpreter when needed, or it would have placed the request there.)
 */
import { buildModel, type Model } from './model.js';
import { outcome } from './outcome.js';
import { prepare, weightOf } from './prepare.js';
import { schedule, type Placement } from './schedule.js';
import { loadHighs, solveModel, type ModelSolution } from './solve.js';

export type AllocationInput = {
	requests: {
		personId: string;
		boothId: string;
		/** 1 = first choice */
		preference: number;
		/** matching score, integer 0..100 */
		score: number;
		needsInterpreter: boolean;
	}[];
	/** a seeker absent here may have 1 interview */
	seekers: { personId: string; maxInterviews: number }[];
	/** only free slots */
	slots: { id: string; boothId: string; startsAt: Date; endsAt: Date }[];
	/** the hours each interpreter is free, existing bookings already taken out */
	interpreters: { id: string; free: { startsAt: Date; endsAt: Date }[] }[];
	/** seekers' existing bookings: no new slot may overlap these */
	busy?: { personId: string; startsAt: Date; endsAt: Date }[];
};

export type UnassignedCode =
	'no_interpreter_free' | 'slots_full' | 'seeker_limit' | 'time_conflict' | 'no_slots';

export type AllocationResult = {
	assignments: {
		personId: string;
		boothId: string;
		slotId: string;
		interpreterId: string | null;
		score: number;
	}[];
	unassigned: { personId: string; boothId: string; code: UnassignedCode; text: string }[];
	objective: number;
	/** false only when `timeLimitMs` stopped HiGHS before it proved the optimum */
	optimal: boolean;
	ms: number;
	stats: {
		/** 'relaxation': the relaxation's optimum was scheduled; 'full': the slot-level model */
		method: 'relaxation' | 'full';
		components: number;
		componentsSolvedByHighs: number;
		/** summed over every HiGHS model solved (before HiGHS's own presolve) */
		variables: number;
		constraints: number;
		largestComponentRequests: number;
	};
};

export type AllocateOptions = {
	/** stop each HiGHS solve after this long; the result then says `optimal: false` */
	timeLimitMs?: number;
	/** 'full' skips the relaxation and solves the slot-level model at once (tests compare both) */
	method?: 'relax-then-schedule' | 'full';
	/** false: straight to branch-and-cut, without the LP bound and rounding (tests use both) */
	lpFirst?: boolean;
};

/**
 * Allocates interview slots (see the top of this file). Throws RangeError on malformed input:
 * a request listed twice, a score outside 0..100, a slot that ends before it starts.
 */
export async function allocate(
	input: AllocationInput,
	options: AllocateOptions = {},
): Promise<AllocationResult> {
	const started = performance.now();
	const highs = await loadHighs();
	const p = prepare(input);
	const solved: ModelSolution[] = [];
	let placements: Placement[] | null = null;
	let model: Model | null = null;
	if (options.method !== 'full') {
		model = buildModel(p, () => false);
		const relaxed = solveModel(highs, p, model, options);
		solved.push(relaxed);
		if (relaxed.optimal) placements = schedule(p, model, relaxed.chosen);
	}
	if (!placements) {
		model = buildModel(p);
		const full = solveModel(highs, p, model, options);
		solved.push(full);
		placements = full.chosen.map((c) => ({ ...model!.columns[c]! }));
	}
	const sum = (key: 'components' | 'componentsSolvedByHighs' | 'variables' | 'constraints') =>
		solved.reduce((n, s) => n + s[key], 0);
	return {
		...outcome(p, model!, placements),
		optimal: solved.at(-1)!.optimal,
		ms: performance.now() - started,
		stats: {
			method: solved.length === 2 || options.method === 'full' ? 'full' : 'relaxation',
			components: sum('components'),
			componentsSolvedByHighs: sum('componentsSolvedByHighs'),
			variables: sum('variables'),
			constraints: sum('constraints'),
			largestComponentRequests: Math.max(...solved.map((s) => s.largestComponentRequests)),
		},
	};
}

/** The objective of any allocation of `input` (e.g. a greedy one), on the same scale as allocate's. */
export function allocationObjective(
	input: AllocationInput,
	assignments: readonly { personId: string; boothId: string }[],
): number {
	const p = prepare(input);
	const byKey = new Map(p.requests.map((r) => [`${r.personId}\u0000${r.boothId}`, r]));
	return assignments.reduce((sum, a) => {
		const r = byKey.get(`${a.personId}\u0000${a.boothId}`);
		if (!r) throw new RangeError(`no request ${a.personId}/${a.boothId}`);
		return sum + weightOf(p, r);
	}, 0);
}
