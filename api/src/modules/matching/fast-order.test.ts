import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingArb, rules, seekerArb } from './arbitraries.fixtures.js';
import { crowdingPenalty, evaluate } from './engine.js';
import type { MatchPosting } from './engine.types.js';
import {
	dayNumber,
	Distances,
	fastPosting,
	fastPostingOrder,
	fastScore,
	fastSeeker,
	lookupsOf,
	type FastPosting,
	type FastSeeker,
} from './fast-order.js';
import { nthBest, ranking } from './match-index.js';
import { NOW, posting, seeker, TODAY } from './scenarios.fixtures.js';

/**
 * The fast order must be the engine's own: the recommendation and candidate lists order every
 * posting and seeker with it, and show only what the engine then finds eligible. A posting it
 * leaves out wrongly would never be recommended; an order below the engine's makes the service
 * score everything again (slow); one above misplaces a row.
 */

const base = {
	weights: rules.weights,
	now: rules.now.getTime(),
	today: '2026-12-01',
	day: 20261201,
};
/** The context of a seeker's list (distances from their home) or a posting's (from it). */
const fromSeeker = (s: FastSeeker, over = {}) => ({
	...base,
	...over,
	distances: new Distances(s.place, true),
	one: lookupsOf(s),
});
const fromPosting = (p: FastPosting) => ({ ...base, distances: new Distances(p.place, false) });
/** The engine's open rule reads `open`; the index reads status, closing date and places. */
const asIndexed = (p: MatchPosting) =>
	fastPosting(p, { published: p.open, closingDate: p.open ? null : '2026-11-30' });

describe('the fast order of the matching index', () => {
	it('leaves out exactly what the hard rules leave out, and orders as the engine ranks', () => {
		fc.assert(
			fc.property(seekerArb, postingArb, (s, p) => {
				const engine = evaluate(s, { ...p, open: p.open && p.hired < p.headcount }, rules);
				const fs = fastSeeker(s, '', false);
				const fast = fastPostingOrder(fs, asIndexed(p), fromSeeker(fs));
				if (!engine.eligible) expect(fast).toBeNaN();
				else expect(fast).toBe(engine.score - crowdingPenalty(p));
			}),
			{ numRuns: 3000 },
		);
	});

	it('scores a candidate for an employer as the engine does, whatever the posting’s status', () => {
		fc.assert(
			fc.property(seekerArb, postingArb, (s, p) => {
				const engine = evaluate(s, { ...p, open: true }, rules);
				const fp = asIndexed({ ...p, open: false });
				const fast = fastScore(fastSeeker(s, '', false), fp, fromPosting(fp), false);
				if (!engine.eligible) expect(fast).toBeNaN();
				else expect(fast).toBe(engine.score);
			}),
			{ numRuns: 3000 },
		);
	});

	it('agrees with the engine on a blind masseur and a massage posting that needs the qualification', () => {
		const s = seeker({ category: 1, certificates: ['blind_medical_massage'] });
		const p = posting('m1', {
			requiredCertificates: ['blind_medical_massage'],
			acceptedCategories: [1],
		});
		const fs = fastSeeker(s, '', false);
		const c = fromSeeker(fs, { now: NOW.getTime(), today: TODAY, day: dayNumber(TODAY) });
		const engine = evaluate(s, p, { ...rules, now: NOW });
		expect(engine.eligible).toBe(true);
		expect(fastPostingOrder(fs, asIndexed(p), c)).toBe(
			engine.eligible ? engine.score - crowdingPenalty(p) : NaN,
		);
		// without the qualification the posting is left out
		const without = fastSeeker({ ...s, certificates: [] }, '', false);
		expect(fastPostingOrder(without, asIndexed(p), c)).toBeNaN();
	});
});

describe('a ranking of the index', () => {
	const rows = ['c', 'a', 'd', 'b', 'e'].map((id) => ({ id }));
	const orders = [50, 70, 70, 10, 60];
	const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);

	it('pages best first, equal orders by the tie rule, with the count of all', () => {
		const r = ranking(rows, orders, byId);
		expect(r.page(2, 0)).toEqual([
			{ id: 'a', bound: 70, total: 5 },
			{ id: 'd', bound: 70, total: 5 },
		]);
		expect(r.page(2, 2).map((b) => b.id)).toEqual(['e', 'c']);
		expect(r.page(10, 4).map((b) => b.id)).toEqual(['b']);
		expect(r.page(10, 5)).toEqual([]);
	});

	it('finds an order at or below the n-th best, keeping every row at or above it', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -15, max: 101, noNaN: true }), { minLength: 1, maxLength: 400 }),
				fc.integer({ min: 1, max: 450 }),
				(orders, need) => {
					const threshold = nthBest(orders, need);
					const best = [...orders].sort((a, b) => b - a);
					expect(threshold).toBeLessThanOrEqual(best[Math.min(need, best.length) - 1]!);
					expect(orders.filter((o) => o >= threshold).length).toBeGreaterThanOrEqual(
						Math.min(need, orders.length),
					);
				},
			),
		);
	});

	it('keeps every row tied at the edge of a page', () => {
		const r = ranking(rows, [1, 1, 1, 1, 1], byId);
		expect(r.page(2, 0).map((b) => b.id)).toEqual(['a', 'b']);
		expect(r.page(2, 2).map((b) => b.id)).toEqual(['c', 'd']);
	});
});
