import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingArb, rules, seekerArb } from './arbitraries.fixtures.js';
import { crowdingPenalty, evaluate } from './engine.js';
import type { MatchPosting } from './engine.types.js';
import { fastPosting, fastPostingOrder, fastScore, fastSeeker } from './fast-order.js';
import { ranking } from './match-index.js';
import { NOW, posting, seeker, TODAY } from './scenarios.fixtures.js';

/**
 * The fast order must be the engine's own: the recommendation and candidate lists order every
 * posting and seeker with it, and show only what the engine then finds eligible. A posting it
 * leaves out wrongly would never be recommended; an order below the engine's makes the service
 * score everything again (slow); one above misplaces a row.
 */

const context = { weights: rules.weights, now: rules.now.getTime(), today: '2026-12-01' };
/** The engine's open rule reads `open`; the index reads status, closing date and places. */
const asIndexed = (p: MatchPosting) =>
	fastPosting(p, { published: p.open, closingDate: p.open ? null : '2026-11-30' });

describe('the fast order of the matching index', () => {
	it('leaves out exactly what the hard rules leave out, and orders as the engine ranks', () => {
		fc.assert(
			fc.property(seekerArb, postingArb, (s, p) => {
				const engine = evaluate(s, { ...p, open: p.open && p.hired < p.headcount }, rules);
				const fast = fastPostingOrder(fastSeeker(s), asIndexed(p), context);
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
				const fast = fastScore(fastSeeker(s), asIndexed({ ...p, open: false }), context, false);
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
		const c = { ...context, now: NOW.getTime(), today: TODAY };
		const engine = evaluate(s, p, { ...rules, now: NOW });
		expect(engine.eligible).toBe(true);
		expect(fastPostingOrder(fastSeeker(s), asIndexed(p), c)).toBe(
			engine.eligible ? engine.score - crowdingPenalty(p) : NaN,
		);
		// without the qualification the posting is left out
		const without = fastSeeker({ ...s, certificates: [] });
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

	it('keeps every row tied at the edge of a page', () => {
		const r = ranking(rows, [1, 1, 1, 1, 1], byId);
		expect(r.page(2, 0).map((b) => b.id)).toEqual(['a', 'b']);
		expect(r.page(2, 2).map((b) => b.id)).toEqual(['c', 'd']);
	});
});
