import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocateOptions, type AllocationInput } from './allocate.js';
import { bruteForce, ruleViolations, smallFair, totals } from './allocation.fixtures.js';

/**
 * Random small fairs (≤ 5 seekers, ≤ 3 booths × ≤ 3 slots, ≤ 2 interpreters, slots of 15–45
 * minutes on a 15-minute grid, so they overlap in every way): the allocation keeps every rule,
 * and its objective is the optimum that enumeration finds. Every way of solving is checked: the
 * relaxation then scheduling (default), the slot-level model alone, and branch-and-cut alone.
 */
const RUNS = { numRuns: 320, seed: 20260516 };

async function expectOptimal(input: AllocationInput, options: AllocateOptions) {
	const result = await allocate(input, options);
	expect(ruleViolations(input, result)).toEqual([]);
	expect(result.optimal).toBe(true);
	const best = bruteForce(input);
	const got = totals(input, result.assignments);
	expect(got).toEqual(best);
	// the documented single weight: score · K + (P − preference), K = (P − 1) · N + 1
	const P = Math.max(0, ...input.requests.map((r) => r.preference)) + 1;
	const K = (P - 1) * input.requests.length + 1;
	expect(result.objective).toBe(got.score * K + got.bonus);
}

describe('allocate (properties)', () => {
	it.each<[string, AllocateOptions]>([
		['relaxation, then schedule', {}],
		['slot-level model', { method: 'full' }],
		['slot-level model, branch-and-cut only', { method: 'full', lpFirst: false }],
	])(
		'keeps every rule and reaches the brute-force optimum (%s)',
		async (_, options) => {
			await fc.assert(
				fc.asyncProperty(smallFair, (input) => expectOptimal(input, options)),
				RUNS,
			);
		},
		60_000,
	);

	it('gives the same result whatever the order of the input', async () => {
		await fc.assert(
			fc.asyncProperty(smallFair, fc.infiniteStream(fc.integer()), async (input, noise) => {
				const shuffled = (list: readonly unknown[]) =>
					list
						.map((x) => ({ x, k: noise.next().value as number }))
						.sort((a, b) => a.k - b.k)
						.map((e) => e.x);
				const reordered = {
					...input,
					requests: shuffled(input.requests),
					slots: shuffled(input.slots),
					interpreters: shuffled(input.interpreters),
				} as AllocationInput;
				const [a, b] = await Promise.all([allocate(input), allocate(reordered)]);
				expect({ ...b, ms: 0 }).toEqual({ ...a, ms: 0 });
			}),
			{ numRuns: 100, seed: 7 },
		);
	}, 60_000);
});
