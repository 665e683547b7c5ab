import { describe, expect, it } from 'vitest';
import { allocate, allocationObjective, type AllocationInput } from './allocate.js';
import { ruleViolations, span } from './allocation.fixtures.js';

type Request = AllocationInput['requests'][number];
const request = (personId: string, boothId: string, more: Partial<Request> = {}): Request => ({
	personId,
	boothId,
	preference: 1,
	score: 50,
	needsInterpreter: false,
	...more,
});
/** a slot `from`–`to` minutes after 09:00 */
const slot = (id: string, boothId: string, from: number, to = from + 15) => ({
	id,
	boothId,
	...span(from, to),
});
const fair = (input: Partial<AllocationInput>): AllocationInput => ({
	requests: [],
	seekers: [],
	slots: [],
	interpreters: [],
	...input,
});

async function run(input: AllocationInput) {
	const result = await allocate(input);
	expect(ruleViolations(input, result)).toEqual([]);
	expect(result.optimal).toBe(true);
	const placed = Object.fromEntries(
		result.assignments.map((a) => [`${a.personId}/${a.boothId}`, a.slotId]),
	);
	const why = Object.fromEntries(
		result.unassigned.map((u) => [`${u.personId}/${u.boothId}`, u.code]),
	);
	return { result, placed, why };
}

describe('allocate', () => {
	// the interpreter is free 09:00–10:00 only
	const interpreters = [{ id: 'i1', free: [span(0, 60)] }];
	const deaf = { needsInterpreter: true };

	it('moves the second seeker needing an interpreter to another time when the interpreter is taken', async () => {
		const { result, placed } = await run(
			fair({
				requests: [request('p1', 'b1', { ...deaf, score: 90 }), request('p2', 'b2', deaf)],
				slots: [slot('a', 'b1', 0), slot('b', 'b2', 0), slot('c', 'b2', 30)],
				interpreters,
			}),
		);
		expect(placed).toEqual({ 'p1/b1': 'a', 'p2/b2': 'c' });
		expect(result.assignments.map((a) => a.interpreterId)).toEqual(['i1', 'i1']);
	});

	it('answers no_interpreter_free when the only interpreter is busy at every slot left', async () => {
		const { placed, why, result } = await run(
			fair({
				requests: [request('p1', 'b1', { ...deaf, score: 90 }), request('p2', 'b2', deaf)],
				// b2's 10:00 slot is outside the interpreter's hours
				slots: [slot('a', 'b1', 0), slot('b', 'b2', 0), slot('c', 'b2', 60)],
				interpreters,
			}),
		);
		expect(placed).toEqual({ 'p1/b1': 'a' });
		expect(why).toEqual({ 'p2/b2': 'no_interpreter_free' });
		expect(result.unassigned[0]!.text).toBe('这个时段没有空闲的手语翻译');
	});

	it('gives an interpreter only to those who need one, and never one free for half the slot', async () => {
		const { result, why } = await run(
			fair({
				requests: [request('p1', 'b1'), request('p2', 'b2', deaf)],
				slots: [slot('a', 'b1', 45, 75), slot('b', 'b2', 45, 75)],
				interpreters,
			}),
		);
		expect(result.assignments).toEqual([
			{ personId: 'p1', boothId: 'b1', slotId: 'a', interpreterId: null, score: 50 },
		]);
		expect(why).toEqual({ 'p2/b2': 'no_interpreter_free' });
	});

	it('counts touching free hours as one stretch', async () => {
		const { placed } = await run(
			fair({
				requests: [request('p1', 'b1', deaf)],
				slots: [slot('a', 'b1', 45, 75)],
				interpreters: [{ id: 'i1', free: [span(60, 120), span(0, 60)] }],
			}),
		);
		expect(placed).toEqual({ 'p1/b1': 'a' });
	});

	it('never gives a seeker two overlapping slots, nor one overlapping a booking', async () => {
		const { placed, why } = await run(
			fair({
				requests: [
					request('p1', 'b1', { score: 70 }),
					request('p1', 'b2', { score: 60, preference: 2 }),
					request('p2', 'b3'),
				],
				seekers: [{ personId: 'p1', maxInterviews: 3 }],
				slots: [slot('a', 'b1', 0, 30), slot('b', 'b2', 15), slot('c', 'b3', 0)],
				busy: [{ personId: 'p2', ...span(10, 20) }],
			}),
		);
		expect(placed).toEqual({ 'p1/b1': 'a' });
		expect(why).toEqual({ 'p1/b2': 'time_conflict', 'p2/b3': 'time_conflict' });
	});

	it('finds the time that lets a seeker have both interviews, where a greedy pass would not', async () => {
		const input = fair({
			requests: [request('p1', 'b1', { score: 90 }), request('p1', 'b2', { score: 85 })],
			seekers: [{ personId: 'p1', maxInterviews: 2 }],
			// the greedy pass takes b1's first slot, which is the only time b2 has
			slots: [slot('a1', 'b1', 0), slot('a2', 'b1', 30), slot('b', 'b2', 0)],
		});
		const { placed, result } = await run(input);
		expect(placed).toEqual({ 'p1/b1': 'a2', 'p1/b2': 'b' });
		expect(result.objective).toBe(allocationObjective(input, result.assignments));
	});

	it('stops at maxInterviews, keeping the best, and treats a seeker not listed as 1', async () => {
		const { placed, why, result } = await run(
			fair({
				requests: [
					request('p1', 'b1', { score: 40 }),
					request('p1', 'b2', { score: 90, preference: 2 }),
					request('p1', 'b3', { score: 70, preference: 3 }),
					request('p2', 'b1', { score: 10 }),
					request('p2', 'b3', { score: 20, preference: 2 }),
				],
				seekers: [{ personId: 'p1', maxInterviews: 2 }],
				slots: [slot('a', 'b1', 0), slot('b', 'b2', 30), slot('c', 'b3', 60)],
			}),
		);
		expect(placed).toEqual({ 'p1/b2': 'b', 'p1/b3': 'c', 'p2/b1': 'a' });
		expect(why).toEqual({ 'p1/b1': 'seeker_limit', 'p2/b3': 'seeker_limit' });
		expect(result.unassigned[0]!.text).toBe('求职者的面试场次已达上限');
	});

	it('prefers the first choice when scores tie, but never over a point of score', async () => {
		const tie = await run(
			fair({
				requests: [request('p1', 'b1', { preference: 2 }), request('p1', 'b2')],
				slots: [slot('a', 'b1', 0), slot('b', 'b2', 30)],
			}),
		);
		expect(tie.placed).toEqual({ 'p1/b2': 'b' });
		const score = await run(
			fair({
				requests: [
					request('p1', 'b1', { preference: 2, score: 51 }),
					request('p1', 'b2', { score: 50 }),
				],
				slots: [slot('a', 'b1', 0), slot('b', 'b2', 30)],
			}),
		);
		expect(score.placed).toEqual({ 'p1/b1': 'a' });
	});

	it('gives a slot to the higher score and says slots_full or no_slots to the rest', async () => {
		const { placed, why, result } = await run(
			fair({
				requests: [request('p1', 'b1', { score: 80 }), request('p2', 'b1'), request('p2', 'b9')],
				seekers: [{ personId: 'p2', maxInterviews: 2 }],
				slots: [slot('a', 'b1', 0)],
			}),
		);
		expect(placed).toEqual({ 'p1/b1': 'a' });
		expect(why).toEqual({ 'p2/b1': 'slots_full', 'p2/b9': 'no_slots' });
		expect(result.objective).toBe(80 * ((2 - 1) * 3 + 1) + 1);
	});

	it('returns the same allocation for the same input in any order', async () => {
		const input = fair({
			requests: [request('p1', 'b1'), request('p2', 'b1'), request('p3', 'b1')],
			slots: [slot('a', 'b1', 0), slot('b', 'b1', 15)],
		});
		const a = await allocate(input);
		const b = await allocate({
			...input,
			requests: [...input.requests].reverse(),
			slots: [...input.slots].reverse(),
		});
		expect({ ...b, ms: 0 }).toEqual({ ...a, ms: 0 });
	});

	it('rejects a request listed twice and a score outside 0..100', async () => {
		await expect(
			allocate(fair({ requests: [request('p1', 'b1'), request('p1', 'b1')] })),
		).rejects.toThrow(RangeError);
		await expect(
			allocate(fair({ requests: [request('p1', 'b1', { score: 101 })] })),
		).rejects.toThrow(/score/);
	});
});
