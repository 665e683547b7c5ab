import type { Bound } from './matching-bounds.repository.js';

/** Rows of bounds read at a time, and rows scored exactly at a time. */
const BOUND_PAGE = 500;
const SCORE_CHUNK = 40;

/**
 * The best `limit` rows by exact rank order, scoring exactly only until the `limit`-th order
 * beats the bound of every row not yet scored (docs/matching.md, "Speed"). `page` reads bounds
 * best first; `exact` scores some rows (an eligible row's rank order, or nothing). Null when an
 * exact order is above its bound: the SQL no longer mirrors the rules, and the caller must score
 * every row.
 */
export async function topByBound<M extends { order: number }>(
	page: (limit: number, offset: number) => Promise<Bound[]>,
	exact: (ids: string[]) => Promise<Map<string, M>>,
	limit: number,
): Promise<{ total: number; items: M[] } | null> {
	let bounds = await page(BOUND_PAGE, 0);
	let more = bounds.length === BOUND_PAGE;
	const total = bounds[0]?.total ?? 0;
	const found: M[] = [];
	const orders: number[] = [];
	let i = 0;
	while (i < bounds.length) {
		const chunk = bounds.slice(i, i + Math.max(SCORE_CHUNK, limit));
		i += chunk.length;
		const scored = await exact(chunk.map((b) => b.id));
		for (const b of chunk) {
			const m = scored.get(b.id);
			if (!m) continue;
			if (m.order > b.bound) return null;
			found.push(m);
			orders.push(m.order);
		}
		if (i === bounds.length && more) {
			const next = await page(BOUND_PAGE, bounds.length);
			more = next.length === BOUND_PAGE;
			bounds = [...bounds, ...next];
		}
		const next = bounds[i]?.bound;
		if (next === undefined) break;
		orders.sort((a, b) => b - a);
		if (orders.length >= limit && orders[limit - 1]! > next) break;
	}
	return { total, items: found };
}
