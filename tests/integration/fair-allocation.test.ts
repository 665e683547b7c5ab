import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AllocationProposal } from '@ronghe/contracts';
import { fairBookings } from '@ronghe/db/schema';
import { useApi } from '../support/app.js';
import { fairWorlds } from '../support/fair-world.js';

/**
 * The fair-wide interview allocation (issue 14 §5) through the API: seekers list the booths they
 * want in order; staff get an optimal proposal with a reason for every request left out, keep
 * what they want and confirm; the bookings then hold like any other.
 */
describe('fair interview allocation (POST /api/fairs/{id}/allocation)', () => {
	const t = useApi();
	const { liveWorld } = fairWorlds(t);

	it('proposes interviews without double booking, names interpreters, explains the rest', async () => {
		const w = await liveWorld();
		const deaf = await w.register('聋人甲', ['sign_interpreter']);
		const deaf2 = await w.register('聋人乙', ['sign_interpreter']);
		const others = await Promise.all(['甲', '乙'].map((n) => w.register(`求职者${n}`, [])));
		const want = (auth: string, boothIds: string[]) =>
			w.call('PUT', `/api/fairs/${w.fairId}/interview-requests`, auth, { boothIds });
		for (const s of [deaf, deaf2, ...others])
			expect((await want(s.auth, [w.booths[0]!, w.booths[1]!])).statusCode).toBe(200);
		// a booth that is not at this fair is refused
		expect((await want(deaf.auth, [crypto.randomUUID()])).statusCode).toBe(404);
		expect((await w.call('POST', `/api/fairs/${w.fairId}/allocation`, w.township)).statusCode).toBe(
			403,
		);
		const res = await w.call('POST', `/api/fairs/${w.fairId}/allocation`, w.staff);
		expect(res.statusCode).toBe(200);
		const p = res.json() as AllocationProposal;
		expect(p.optimal).toBe(true);
		expect(p.requests).toBe(8);
		// everyone asked for at most 3 interviews (the default): 2 booths each fit
		expect(p.assignments).toHaveLength(8);
		expect(p.unassigned).toEqual([]);
		const slots = p.assignments.map((a) => a.slotId);
		expect(new Set(slots).size).toBe(slots.length);
		for (const who of [deaf, deaf2]) {
			const mine = p.assignments.filter((a) => a.personId === who.person.id);
			expect(mine.every((a) => a.interpreterName === '李手语')).toBe(true);
			expect(mine.every((a) => a.startsAt >= w.at(9) && a.endsAt <= w.at(10))).toBe(true);
		}
		// the one interpreter is never in two places
		const interpreted = p.assignments.filter((a) => a.interpreterId).map((a) => a.startsAt);
		expect(new Set(interpreted).size).toBe(interpreted.length);

		const confirm = (assignments: AllocationProposal['assignments']) =>
			w.call('POST', `/api/fairs/${w.fairId}/allocation/confirm`, w.staff, {
				assignments: assignments.map((a) => ({
					personId: a.personId,
					slotId: a.slotId,
					interpreterId: a.interpreterId,
				})),
			});
		// staff drop one before confirming
		const kept = p.assignments.slice(1);
		expect((await confirm(kept)).json()).toEqual({ booked: 7, failed: [] });
		const rows = await w.db.select().from(fairBookings).where(eq(fairBookings.fairId, w.fairId));
		expect(rows.map((r) => r.source)).toEqual(Array(7).fill('allocation'));
		// confirming the same again books nothing twice
		const again = (await confirm(kept)).json() as { booked: number; failed: unknown[] };
		expect(again.booked).toBe(0);
		expect(again.failed).toHaveLength(7);
		// a new run proposes only what is still open: the dropped one
		const next = (
			await w.call('POST', `/api/fairs/${w.fairId}/allocation`, w.staff)
		).json() as AllocationProposal;
		expect(next.requests).toBe(1);
		expect(next.assignments.map((a) => a.personId)).toEqual([p.assignments[0]!.personId]);
	});

	it('says why a deaf seeker gets no interview when no interpreter is free', async () => {
		const w = await liveWorld();
		// the pool is emptied: nobody interprets
		await w.call('PUT', `/api/fairs/${w.fairId}/interpreters`, w.staff, { interpreters: [] });
		const deaf = await w.register('聋人丙', ['sign_interpreter']);
		await w.call('PUT', `/api/fairs/${w.fairId}/interview-requests`, deaf.auth, {
			boothIds: [w.booths[0]!],
		});
		const p = (
			await w.call('POST', `/api/fairs/${w.fairId}/allocation`, w.staff)
		).json() as AllocationProposal;
		expect(p.assignments).toEqual([]);
		expect(p.unassigned).toMatchObject([
			{ name: '聋人丙', code: 'no_interpreter_free', text: '这个时段没有空闲的手语翻译' },
		]);
	});
});
