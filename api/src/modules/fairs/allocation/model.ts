import { overlaps, type Interval, type Prepared } from './prepare.js';

/**
 * One 0/1 variable: request `req` takes slot `slot` (-1: "some slot of the booth", a booth-level
 * variable of the relaxation), with an interpreter of class `cls` (-1: none needed, or any
 * interpreter free for the slot when the interpreters are pooled). Interpreter-needing requests
 * have no separate x variable: x[r,s] is the sum of their columns, so x = Σ y needs no row.
 */
export type Column = { req: number; slot: number; cls: number };
/** Interpreters who can cover exactly the same candidate slots; the class's capacity is its size. */
export type InterpreterClass = { members: string[]; slots: Set<number> };
/** Σ columns ≤ cap */
export type Row = { cols: number[]; cap: number };
export type Component = { reqs: number[]; cols: number[]; rows: number[] };
export type Model = {
	columns: Column[];
	colsByReq: number[][];
	/** null: pooled (candidate slots are pairwise identical or disjoint in time) */
	classes: InterpreterClass[] | null;
	rows: Row[];
	rowsOfCol: number[][];
	components: Component[];
};

/** Whether an interpreter is free for the whole interval. */
export const covers = (free: Interval[], s: Interval) =>
	free.some((f) => f.start <= s.start && s.end <= f.end);

/**
 * How interpreters enter the model. When the slots that may need one are pairwise identical or
 * disjoint in time (a common grid), any interpreter free for an interval can take any interview
 * in it and intervals do not interact, so a count per interval is exact ("pooled"). Otherwise
 * interpreters with the same coverable slots form a class counted per moment: intervals whose
 * depth never exceeds k can be coloured with k colours (interval graphs are perfect), and every
 * member is free for every slot of its class, so classes lose no solution either.
 */
function interpreterClasses(p: Prepared): InterpreterClass[] | null {
	const wanted = new Set<number>();
	for (const r of p.requests)
		if (r.needsInterpreter) for (const s of p.slotsByBooth.get(r.boothId) ?? []) wanted.add(s);
	const slotList = [...wanted]
		.filter((s) => p.interpreters.some((i) => covers(i.free, p.slots[s]!)))
		.sort((a, b) => a - b);
	const times = slotList.map((s) => p.slots[s]!).sort((a, b) => a.start - b.start || a.end - b.end);
	const pooled = times.every((t, k) => {
		const prev = times[k - 1];
		return !prev || t.start >= prev.end || (t.start === prev.start && t.end === prev.end);
	});
	if (pooled) return null;
	const byKey = new Map<string, InterpreterClass>();
	for (const i of p.interpreters) {
		const covered = slotList.filter((s) => covers(i.free, p.slots[s]!));
		if (covered.length === 0) continue;
		const key = covered.join(',');
		const cls = byKey.get(key) ?? { members: [], slots: new Set(covered) };
		cls.members.push(i.id);
		byKey.set(key, cls);
	}
	return [...byKey.values()];
}

function candidateColumns(
	p: Prepared,
	classes: InterpreterClass[] | null,
	detailed: (req: number) => boolean,
): Column[] {
	const columns: Column[] = [];
	const coveredBy = (slot: number) =>
		classes
			? classes.flatMap((c, k) => (c.slots.has(slot) ? [k] : []))
			: p.interpreters.some((i) => covers(i.free, p.slots[slot]!))
				? [-1]
				: [];
	for (const [req, r] of p.requests.entries()) {
		if (p.maxOf(r.personId) === 0) continue;
		const busy = p.busyOf.get(r.personId) ?? [];
		const usable = (p.slotsByBooth.get(r.boothId) ?? []).filter(
			(s) => !busy.some((b) => overlaps(b, p.slots[s]!)),
		);
		if (!detailed(req) && !r.needsInterpreter) {
			if (usable.length > 0) columns.push({ req, slot: -1, cls: -1 });
			continue;
		}
		for (const slot of usable)
			for (const cls of r.needsInterpreter ? coveredBy(slot) : [-1])
				columns.push({ req, slot, cls });
	}
	return columns;
}

/**
 * For columns whose slots are intervals, the sets that may hold at most `cap` at once. In an
 * interval graph every maximal clique is "the intervals covering some start time t", so one set
 * per distinct start suffices; a set is skipped when the next one contains it.
 */
function cliques(cols: number[], at: (col: number) => Interval): number[][] {
	const starts = [...new Set(cols.map((c) => at(c).start))].sort((a, b) => a - b);
	const groups = starts.map((): number[] => []);
	for (const c of cols) {
		const { start, end } = at(c);
		for (let k = starts.indexOf(start); k < starts.length && starts[k]! < end; k++)
			groups[k]!.push(c);
	}
	return groups.filter((g, k) => {
		const next = starts[k + 1];
		return next === undefined || g.some((c) => at(c).end <= next);
	});
}

export function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

const distinct = (cols: number[], key: (col: number) => number) => new Set(cols.map(key)).size;

/**
 * Builds variables and rows, leaving out every row that another row or a bound already implies.
 * Requests for which `detailed` is false (and that need no interpreter) get one booth-level
 * column and a booth capacity row instead of one column per slot: the relaxation of allocate.ts.
 */
export function buildModel(p: Prepared, detailed: (req: number) => boolean = () => true): Model {
	const classes = interpreterClasses(p);
	const columns = candidateColumns(p, classes, detailed);
	const colsByReq = p.requests.map((): number[] => []);
	const colsBySlot = p.slots.map((): number[] => []);
	const colsByBooth = new Map<string, number[]>();
	const interpreterCols: number[] = [];
	for (const [c, col] of columns.entries()) {
		const r = p.requests[col.req]!;
		colsByReq[col.req]!.push(c);
		if (col.slot >= 0) colsBySlot[col.slot]!.push(c);
		append(colsByBooth, r.boothId, c);
		if (r.needsInterpreter) interpreterCols.push(c);
	}
	const reqOf = (c: number) => columns[c]!.req;
	const slotOf = (c: number) => columns[c]!.slot;
	const at = (c: number) => p.slots[slotOf(c)]!;
	const rows: Row[] = [];

	// a request takes at most one slot
	for (const cols of colsByReq) if (cols.length > 1) rows.push({ cols, cap: 1 });
	// a slot takes at most one seeker (one request alone is held by its own row)
	for (const cols of colsBySlot) if (distinct(cols, reqOf) > 1) rows.push({ cols, cap: 1 });
	// a booth with booth-level columns: no more interviews than slots
	for (const [boothId, cols] of colsByBooth) {
		const cap = p.slotsByBooth.get(boothId)?.length ?? 0;
		if (cols.some((c) => slotOf(c) < 0) && distinct(cols, reqOf) > cap) rows.push({ cols, cap });
	}
	// a seeker: no two overlapping slots, at most maxInterviews (requests are sorted by person)
	for (let i = 0; i < p.requests.length;) {
		const personId = p.requests[i]!.personId;
		const cols: number[] = [];
		let withCols = 0;
		for (; i < p.requests.length && p.requests[i]!.personId === personId; i++) {
			cols.push(...colsByReq[i]!);
			if (colsByReq[i]!.length > 0) withCols += 1;
		}
		if (withCols < 2) continue;
		const timed = cols.filter((c) => slotOf(c) >= 0);
		for (const g of cliques(timed, at)) if (distinct(g, reqOf) > 1) rows.push({ cols: g, cap: 1 });
		const max = p.maxOf(personId);
		if (withCols > max) rows.push({ cols, cap: max });
	}
	// interpreters: per class and moment at most the class's size; pooled: per interval, the
	// number of interpreters free for it
	const groups: { cols: number[]; cap: number }[] = [];
	if (classes)
		for (const [k, cls] of classes.entries()) {
			const cols = interpreterCols.filter((c) => columns[c]!.cls === k);
			for (const g of cliques(cols, at)) groups.push({ cols: g, cap: cls.members.length });
		}
	else {
		const byTime = new Map<string, number[]>();
		for (const c of interpreterCols) {
			append(byTime, `${at(c).start}-${at(c).end}`, c);
		}
		for (const cols of byTime.values())
			groups.push({ cols, cap: p.interpreters.filter((i) => covers(i.free, at(cols[0]!))).length });
	}
	for (const g of groups)
		if (Math.min(distinct(g.cols, reqOf), distinct(g.cols, slotOf)) > g.cap) rows.push(g);

	const rowsOfCol = columns.map((): number[] => []);
	for (const [k, row] of rows.entries()) for (const c of row.cols) rowsOfCol[c]!.push(k);
	return {
		columns,
		colsByReq,
		classes,
		rows,
		rowsOfCol,
		components: components(p, columns, colsByReq, rows),
	};
}

/** Requests linked by a shared row; each component is an independent problem. */
function components(p: Prepared, columns: Column[], colsByReq: number[][], rows: Row[]) {
	const parent = p.requests.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
		return i;
	};
	for (const row of rows) {
		let root = find(columns[row.cols[0]!]!.req);
		for (const c of row.cols) {
			const other = find(columns[c]!.req);
			if (other === root) continue;
			// the smaller index stays the root, so components come out in the order of requests
			parent[Math.max(other, root)] = Math.min(other, root);
			root = Math.min(other, root);
		}
	}
	const byRoot = new Map<number, Component>();
	for (const [req, cols] of colsByReq.entries()) {
		if (cols.length === 0) continue;
		const root = find(req);
		const comp = byRoot.get(root) ?? { reqs: [], cols: [], rows: [] };
		comp.reqs.push(req);
		comp.cols.push(...cols);
		byRoot.set(root, comp);
	}
	for (const [k, row] of rows.entries()) byRoot.get(find(columns[row.cols[0]!]!.req))!.rows.push(k);
	return [...byRoot.values()];
}
