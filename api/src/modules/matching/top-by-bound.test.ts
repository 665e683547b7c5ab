import { describe, expect, it } from 'vitest';
import { topByBound } from './top-by-bound.js';

/** 1,200 rows whose exact order is their bound less `slack` (row i has bound 2000 − i). */
function rows(slack: (i: number) => number) {
	const all = Array.from({ length: 1_200 }, (_, i) => ({
		id: `r${i}`,
		bound: 2_000 - i,
		order: 2_000 - i - slack(i),
	}));
	const scored: string[] = [];
	const pages: number[] = [];
	return {
		scored,
		pages,
		page: async (limit: number, offset: number) => {
			pages.push(offset);
			return all.slice(offset, offset + limit).map((r) => ({ ...r, total: all.length }));
		},
		exact: async (ids: string[]) => {
			scored.push(...ids);
			return new Map(
				all.filter((r) => ids.includes(r.id)).map((r) => [r.id, { id: r.id, order: r.order }]),
			);
		},
	};
}

describe('topByBound', () => {
	it('scores only the first rows when their exact order beats every later bound', async () => {
		const r = rows(() => 0);
		const top = await topByBound(r.page, r.exact, 20);
		expect(top?.total).toBe(1_200);
		expect(top?.items.slice(0, 3).map((m) => m.id)).toEqual(['r0', 'r1', 'r2']);
		expect(r.scored.length).toBeLessThanOrEqual(40);
	});

	it('keeps scoring, page after page, while a later row could still come first', async () => {
		// the first 600 rows score far below their bound: row 600 onwards are the best
		const r = rows((i) => (i < 600 ? 1_000 : 0));
		const top = await topByBound(r.page, r.exact, 20);
		const best = [...(top?.items ?? [])].sort((a, b) => b.order - a.order).slice(0, 3);
		expect(best.map((m) => m.id)).toEqual(['r600', 'r601', 'r602']);
		expect(r.pages).toEqual([0, 500]);
	});

	it('gives up (null) when an exact order is above its bound', async () => {
		const r = rows((i) => (i === 5 ? -10 : 0));
		expect(await topByBound(r.page, r.exact, 20)).toBeNull();
	});
});
