import { append, type Model } from './model.js';
import { byString, overlaps, type Interval, type Prepared } from './prepare.js';

/** A request placed in a slot; `cls` as in Column (the interpreter class, or -1). */
export type Placement = { req: number; slot: number; cls: number };

const ATTEMPTS = 10;

/**
 * Turns an optimum of the relaxation into an allocation: the slot-level choices stay as they are,
 * and each booth-level choice gets a free slot of its booth that fits its seeker's time (busy,
 * and every slot the seeker already has). Booths go one at a time, tightest first; inside a booth
 * it is a bipartite matching (requests × free slots) found with augmenting paths. A booth that
 * cannot be matched goes first in the next attempt ("squeaky wheel"), up to ATTEMPTS times.
 * Returns null when some request still cannot be placed; the caller then solves the full model.
 */
export function schedule(p: Prepared, m: Model, chosen: number[]): Placement[] | null {
	const fixed: Placement[] = [];
	const taken = new Set<number>();
	const waiting = new Map<string, number[]>();
	for (const c of chosen) {
		const col = m.columns[c]!;
		if (col.slot < 0) append(waiting, p.requests[col.req]!.boothId, col.req);
		else {
			fixed.push({ ...col });
			taken.add(col.slot);
		}
	}
	const booths = [...waiting.entries()]
		.map(([boothId, reqs]) => {
			const free = (p.slotsByBooth.get(boothId) ?? []).filter((s) => !taken.has(s));
			return { boothId, reqs, free, spare: free.length - reqs.length };
		})
		.sort((a, b) => a.spare - b.spare || byString(a.boothId, b.boothId));
	const first: typeof booths = [];
	for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
		const order = [...first, ...booths.filter((b) => !first.includes(b))];
		const placed = placeInOrder(p, fixed, order);
		if (Array.isArray(placed)) return placed.sort((a, b) => a.req - b.req);
		first.splice(first.indexOf(placed), first.includes(placed) ? 1 : 0);
		first.unshift(placed);
	}
	return null;
}

type Booth = { reqs: number[]; free: number[] };

/** Places booth by booth; returns the placements, or the first booth that could not be matched. */
function placeInOrder<B extends Booth>(
	p: Prepared,
	fixed: Placement[],
	order: B[],
): Placement[] | B {
	const placements = [...fixed];
	const timesOf = new Map<string, Interval[]>();
	for (const [personId, list] of p.busyOf) timesOf.set(personId, [...list]);
	for (const f of fixed) append(timesOf, p.requests[f.req]!.personId, p.slots[f.slot]!);
	for (const booth of order) {
		const { reqs, free } = booth;
		const fits = (i: number, slot: number) =>
			!(timesOf.get(p.requests[reqs[i]!]!.personId) ?? []).some((t) => overlaps(t, p.slots[slot]!));
		const holder = new Map<number, number>();
		const place = (i: number, seen: Set<number>): boolean => {
			for (const s of free) {
				if (seen.has(s) || !fits(i, s)) continue;
				seen.add(s);
				const other = holder.get(s);
				if (other === undefined || place(other, seen)) {
					holder.set(s, i);
					return true;
				}
			}
			return false;
		};
		for (let i = 0; i < reqs.length; i++) if (!place(i, new Set())) return booth;
		for (const [slot, i] of [...holder].sort((a, b) => a[0] - b[0])) {
			const req = reqs[i]!;
			placements.push({ req, slot, cls: -1 });
			append(timesOf, p.requests[req]!.personId, p.slots[slot]!);
		}
	}
	return placements;
}
