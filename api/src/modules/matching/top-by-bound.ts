import type { Bound } from './matching-bounds.sql.js';

/** Rows of bounds read at a time, and rows scored exactly at a time. */
const BOUND_PAGE = 100;
const SCORE_CHUNK = 20;

/** Orders closer than this are the same (SQL and JavaScript may differ in the last bits). */
const SAME = 1e-6;

/**
 * The best `limit` rows by exact rank order, scoring exactly only until no row not yet scored can
 * come before the `limit`-th (docs/matching.md, "Speed"). `page` reads bounds best first, ties in
 * the same order as `compare`; `exact` scores some rows (an eligible row's rank order, or
 * nothing). A row not yet scored can come first only with a bound above the `limit`-th order, or
 * equal to it when that row's own order is below its bound (then its place among equals is not
 * known). Null when an exact order is above its bound: the SQL no longer mirrors the rules, and
 * the caller must score every row.
 */
export async function topByBound<M extends { order: number }>(
	page: (limit: number, offset: number) => Promise<Bound[]>,
	exact: (ids: string[]) => Promise<Map<string, M>>,
	compare: (a: M, b: M) => number,
	limit: number,
): Promise<{ total: number; items: M[] } | null> {
	let bounds = await page(BOUND_PAGE, 0);
	let more = bounds.length === BOUND_PAGE;
	const total = bounds[0]?.total ?? 0;
	const found: (M & { bound: number })[] = [];
	let i = 0;
	while (i < bounds.length) {
		const chunk = bounds.slice(i, i + Math.max(SCORE_CHUNK, limit));
		i += chunk.length;
		const scored = await exact(chunk.map((b) => b.id));
		for (const b of chunk) {
			const m = scored.get(b.id);
			if (!m) continue;
			if (m.order > b.bound + SAME) return null;
			found.push({ ...m, bound: b.bound });
		}
		if (i === bounds.length && more) {
			const next = await page(BOUND_PAGE, bounds.length);
			more = next.length === BOUND_PAGE;
			bounds = [...bounds, ...next];
		}
		const next = bounds[i]?.bound;
		if (next === undefined) break;
		if (found.length < limit) continue;
		found.sort(compare);
		const last = found[limit - 1]!;
		if (last.order > next + SAME) break;
		if (last.order >= next - SAME && Math.abs(last.bound - last.order) <= SAME) break;
	}
	return { total, items: found.map(({ bound: _bound, ...m }) => m as unknown as M) };
}
