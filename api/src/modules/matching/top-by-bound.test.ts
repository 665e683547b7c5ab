import { describe, expect, it } from 'vitest';
import { topByBound } from './top-by-bound.js';

const byOrder = (a: { order: number; id: string }, b: typeof a) =>
	b.order - a.order || a.id.localeCompare(b.id);

/** 1,200 rows whose exact order is their bound less `slack` (row i has bound `bound(i)`). */
function rows(slack: (i: number) => number, bound = (i: number) => 2_000 - i) {
	const all = Array.from({ length: 1_200 }, (_, i) => ({
		id: `r${String(i).padStart(4, '0')}`,
		bound: bound(i),
		order: bound(i) - slack(i),
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
		const top = await topByBound(r.page, r.exact, byOrder, 20);
		expect(top?.total).toBe(1_200);
		expect(top?.items.slice(0, 3).map((m) => m.id)).toEqual(['r0000', 'r0001', 'r0002']);
		expect(r.scored.length).toBeLessThanOrEqual(40);
	});

	it('keeps scoring, page after page, while a later row could still come first', async () => {
		// the first 600 rows score far below their bound: row 600 onwards are the best
		const r = rows((i) => (i < 600 ? 1_000 : 0));
		const top = await topByBound(r.page, r.exact, byOrder, 20);
		const best = [...(top?.items ?? [])].sort((a, b) => b.order - a.order).slice(0, 3);
		expect(best.map((m) => m.id)).toEqual(['r0600', 'r0601', 'r0602']);
		// bounds are read 100 at a time
		expect(r.pages).toEqual([0, 100, 200, 300, 400, 500, 600]);
	});

	it('stops among equals once the last place is taken at its own bound', async () => {
		// 1,000 rows share the best score (copies of one seeker): the first 20 by id are the top
		const r = rows(
			() => 0,
			(i) => (i < 1_000 ? 80 : 50),
		);
		const top = await topByBound(r.page, r.exact, byOrder, 20);
		expect(top?.items.sort(byOrder).slice(0, 20).at(-1)?.id).toBe('r0019');
		expect(r.scored.length).toBeLessThanOrEqual(40);
	});

	it('keeps scoring among equals while a row scored short of its bound', async () => {
		// the last row bounded 80 scores 79: a row bounded 79 that comes first by id takes its place
		const r = rows(
			(i) => (i === 99 ? 1 : 0),
			(i) => (i < 100 ? 80 : 79),
		);
		const top = await topByBound(
			r.page,
			async (ids) => {
				const m = await r.exact(ids);
				const short = m.get('r0099');
				if (short) m.set('r0099', { ...short, id: 'r9999' });
				return m;
			},
			byOrder,
			100,
		);
		const ids = top?.items
			.sort(byOrder)
			.slice(0, 100)
			.map((m) => m.id);
		expect(ids).toContain('r0100');
		expect(ids).not.toContain('r9999');
	});

	it('gives up (null) when an exact order is above its bound', async () => {
		const r = rows((i) => (i === 5 ? -10 : 0));
		expect(await topByBound(r.page, r.exact, byOrder, 20)).toBeNull();
	});
});
