import highsLoader, { type Highs, type Model as HighsModel } from 'highs';
import type { Component, Model } from './model.js';
import type { Prepared } from './prepare.js';

export type SolveOptions = { timeLimitMs?: number | undefined; lpFirst?: boolean | undefined };
type ComponentSolution = {
	chosen: number[];
	optimal: boolean;
	highs: { variables: number; constraints: number } | null;
};

// The WebAssembly module is compiled once per process; every solve gets its own model.
let loading: Promise<Highs> | undefined;
export const loadHighs = () => (loading ??= highsLoader());

const OPTIMAL = 7;
const FEASIBLE = 2;

/**
 * Greedy by weight inside one component. When it places every request it has reached the upper
 * bound Σ weight(r) (each request counts at most once), so it is optimal and HiGHS is not needed:
 * this settles single requests and every component with room for all.
 */
function greedyPlacesAll(p: Prepared, m: Model, comp: Component): number[] | null {
	const order = [...comp.reqs].sort((a, b) => p.requests[b]!.score - p.requests[a]!.score || a - b);
	const used = new Map<number, number>();
	const chosen: number[] = [];
	for (const req of order) {
		const col = m.colsByReq[req]!.find((c) =>
			m.rowsOfCol[c]!.every((k) => (used.get(k) ?? 0) < m.rows[k]!.cap),
		);
		if (col === undefined) return null;
		for (const k of m.rowsOfCol[col]!) used.set(k, (used.get(k) ?? 0) + 1);
		chosen.push(col);
	}
	return chosen.sort((a, b) => a - b);
}

type Program = { n: number; cost: number[]; caps: number[]; rowsOf: number[][] };

/** Rounds an LP solution: columns by LP value, then weight, each kept if every row has room. */
function roundLp(prog: Program, lp: Float64Array): number[] {
	const order = prog.cost
		.map((_, j) => j)
		.sort((a, b) => lp[b]! - lp[a]! || prog.cost[b]! - prog.cost[a]! || a - b);
	const used = new Int32Array(prog.caps.length);
	const chosen: number[] = [];
	for (const j of order)
		if (prog.rowsOf[j]!.every((i) => used[i]! < prog.caps[i]!)) {
			for (const i of prog.rowsOf[j]!) used[i]! += 1;
			chosen.push(j);
		}
	return chosen;
}

const MAX_DIVES = 200;

/** The fractional column with the largest LP value (then weight), or -1 when none is. */
function fractionalToFix(prog: Program, lp: Float64Array): number {
	let best = -1;
	for (let j = 0; j < prog.n; j++) {
		const v = lp[j]!;
		if (v < 1e-6 || v > 1 - 1e-6) continue;
		if (best < 0 || v > lp[best]! || (v === lp[best]! && prog.cost[j]! > prog.cost[best]!))
			best = j;
	}
	return best;
}

/**
 * LP relaxation first: the objective is integral, so an allocation worth more than (LP bound − ½)
 * is optimal, proven by the bound; on these models the LP optimum is usually integral or nearly
 * so, and the rounding reaches it. Otherwise HiGHS's branch-and-cut runs on the same model,
 * starting from the rounded allocation, with the relative gap off so "optimal" is a proof.
 */
function solveProgram(highs: Highs, model: HighsModel, prog: Program, options: SolveOptions) {
	model.options.set({
		output_flag: false,
		// a gap below 1 proves optimality; the default relative gap (1e-4) would accept worse
		mip_rel_gap: 0,
		mip_abs_gap: 0.5,
		// measured on the benchmark fair: presolve removes almost nothing from these rows and
		// costs seconds in WebAssembly, and so do feasibility jump and symmetry detection
		presolve: 'off',
		mip_heuristic_run_feasibility_jump: false,
		mip_detect_symmetry: false,
		random_seed: 0,
	});
	if (options.timeLimitMs !== undefined)
		model.options.set('time_limit', options.timeLimitMs / 1000);
	const value = (cols: number[]) => cols.reduce((s, j) => s + prog.cost[j]!, 0);
	let start: number[] = [];
	const fixed: number[] = [];
	if (options.lpFirst !== false && model.run().modelStatus === OPTIMAL) {
		const bound = model.getObjectiveValue() - 0.5;
		// Dive: while the rounding falls short, fix the most nearly chosen fractional column to 1
		// and solve the LP again (warm); a fix that drops the LP below the bound is turned into a
		// 0. Fixes only restrict, so any rounding above the root bound is still a proven optimum.
		for (let dive = 0; dive <= MAX_DIVES; dive++) {
			const lp = model.getSolution().colValue;
			const rounded = roundLp(prog, lp);
			if (value(rounded) > value(start)) start = rounded;
			if (value(start) > bound) return { chosen: start, optimal: true };
			const j = fractionalToFix(prog, lp);
			if (j < 0) break;
			fixed.push(j);
			model.changeColBounds(j, 1, 1);
			if (model.run().modelStatus === OPTIMAL && model.getObjectiveValue() > bound) continue;
			model.changeColBounds(j, 0, 0);
			if (model.run().modelStatus !== OPTIMAL || model.getObjectiveValue() <= bound) break;
		}
		// the dive's fixes were only a search; branch-and-cut gets the whole model back
		const indices = [...new Set(fixed)].sort((a, b) => a - b);
		if (indices.length > 0)
			model.changeColsBounds(
				{ kind: 'set', indices },
				new Float64Array(indices.length),
				new Float64Array(indices.length).fill(1),
			);
	}
	model.changeColsIntegrality(
		{ kind: 'range', from: 0, to: prog.n - 1 },
		new Int32Array(prog.n).fill(highs.constants.variableType.integer),
	);
	const dense = new Float64Array(prog.n);
	for (const j of start) dense[j] = 1;
	model.setSolution({ colValue: dense });
	const status = model.run().modelStatus;
	const optimal = status === OPTIMAL;
	// stopped by the time limit: keep the rounded allocation unless HiGHS found better
	if (!optimal && model.info.get('primal_solution_status') !== FEASIBLE)
		return { chosen: start, optimal };
	const values = model.getSolution().colValue;
	const chosen: number[] = [];
	for (let j = 0; j < prog.n; j++) {
		const v = values[j] ?? 0;
		if (Math.abs(v - Math.round(v)) > 1e-4) throw new Error(`HiGHS returned x = ${v} (${status})`);
		if (v > 0.5) chosen.push(j);
	}
	return { chosen: value(chosen) >= value(start) ? chosen : start, optimal };
}

/**
 * The component as a 0/1 program for HiGHS: maximise Σ weight·x subject to the rows, given as
 * sparse columns (no LP text to print and parse). The score weight is sized for the component
 * alone, which keeps coefficients small; the optimum is the same lexicographic optimum.
 */
function solveWithHighs(
	highs: Highs,
	p: Prepared,
	m: Model,
	comp: Component,
	options: SolveOptions,
): ComponentSolution {
	const local = new Map<number, number>();
	for (const [j, c] of comp.cols.entries()) local.set(c, j);
	const rowsOf = comp.cols.map((): number[] => []);
	for (const [i, k] of comp.rows.entries())
		for (const c of m.rows[k]!.cols) rowsOf[local.get(c)!]!.push(i);
	const starts = [0];
	for (const list of rowsOf) starts.push(starts.at(-1)! + list.length);
	const indices = rowsOf.flat();
	const scoreWeight = (p.bonusBase - 1) * comp.reqs.length + 1;
	const cost = comp.cols.map((c) => {
		const r = p.requests[m.columns[c]!.req]!;
		return r.score * scoreWeight + (p.bonusBase - r.preference);
	});
	const n = comp.cols.length;
	const caps = comp.rows.map((k) => m.rows[k]!.cap);
	const { chosen, optimal } = highs.withModel(
		{
			numCols: n,
			numRows: caps.length,
			sense: highs.constants.objectiveSense.maximize,
			colCost: cost,
			colLower: new Float64Array(n),
			colUpper: new Float64Array(n).fill(1),
			rowLower: caps.map(() => -highs.infinity),
			rowUpper: caps,
			matrix: {
				format: 'csc',
				numRows: caps.length,
				numCols: n,
				starts,
				indices,
				values: new Float64Array(indices.length).fill(1),
			},
		},
		(model) => solveProgram(highs, model, { n, cost, caps, rowsOf }, options),
	);
	// HiGHS works within tolerances; the rows are checked again in exact integers
	const used = new Int32Array(caps.length);
	for (const j of chosen) for (const i of rowsOf[j]!) used[i]! += 1;
	if (used.some((u, i) => u > caps[i]!)) throw new Error('HiGHS returned an infeasible allocation');
	return {
		chosen: chosen.map((j) => comp.cols[j]!),
		optimal,
		highs: { variables: n, constraints: caps.length },
	};
}

export type ModelSolution = {
	chosen: number[];
	optimal: boolean;
	components: number;
	componentsSolvedByHighs: number;
	variables: number;
	constraints: number;
	largestComponentRequests: number;
};

/** Every component of the model, each on its own (they share no row). */
export function solveModel(
	highs: Highs,
	p: Prepared,
	m: Model,
	options: SolveOptions,
): ModelSolution {
	const out: ModelSolution = {
		chosen: [],
		optimal: true,
		components: m.components.length,
		componentsSolvedByHighs: 0,
		variables: 0,
		constraints: 0,
		largestComponentRequests: Math.max(0, ...m.components.map((c) => c.reqs.length)),
	};
	for (const comp of m.components) {
		const all = greedyPlacesAll(p, m, comp);
		const solution = all
			? { chosen: all, optimal: true, highs: null }
			: solveWithHighs(highs, p, m, comp, options);
		out.chosen.push(...solution.chosen);
		out.optimal &&= solution.optimal;
		if (solution.highs) {
			out.componentsSolvedByHighs += 1;
			out.variables += solution.highs.variables;
			out.constraints += solution.highs.constraints;
		}
	}
	out.chosen.sort((a, b) => a - b);
	return out;
}
