import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FairReport, FollowUp, FollowUpList } from '@ronghe/contracts';
import { auditLog, fairFollowUps } from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';
import { fairWorlds } from '../support/fair-world.js';

/**
 * 回访 after a hire made at a fair (issue 14 §7): the hire schedules visits at 30, 60 and 90
 * days; organisers list them and record each with the short form (still employed? wage?
 * problems?), and the report's 回访在岗 follows what they record.
 */
describe('follow-up visits after a fair hire', () => {
	const t = useApi();
	const { liveWorld, world } = fairWorlds(t);
	let w: Awaited<ReturnType<typeof liveWorld>>;
	let applicationId: string;

	const list = async (view = 'todo', auth = w.staff) => {
		const res = await w.call('GET', `/api/fairs/${w.fairId}/follow-ups?view=${view}`, auth);
		expect(res.statusCode).toBe(200);
		return res.json() as FollowUpList;
	};
	const visitOf = async (day: number, view = 'todo') =>
		(await list(view)).items.find((v) => v.day === day)!;
	const record = (id: string, body: object, auth = w.staff, fairId = w.fairId) =>
		w.call('PUT', `/api/fairs/${fairId}/follow-ups/${id}`, auth, body);
	/** The hire happened `days` ago: its visits fall due that much sooner. */
	const hiredDaysAgo = (days: number) =>
		w.db
			.update(fairFollowUps)
			.set({ dueAt: sql`now() + (day - ${days}) * interval '1 day'` })
			.where(eq(fairFollowUps.applicationId, applicationId));
	const retained = async () => {
		const r = (await w.call('GET', `/api/fairs/${w.fairId}/report`, w.staff)).json() as FairReport;
		return [r.totals.retained30, r.totals.retained60, r.totals.retained];
	};

	beforeAll(async () => {
		w = await liveWorld();
		const owner = w.owners[0]!;
		const s = await w.register('回访对象', []);
		const applied = await t.app.inject({
			method: 'POST',
			url: `/api/postings/${owner.posting.id}/applications`,
			headers: { authorization: s.auth, 'idempotency-key': 'follow-up-1' },
			payload: { fairId: w.fairId },
		});
		expect(applied.statusCode).toBe(201);
		applicationId = (applied.json() as { id: string }).id;
		const slot = (await w.slots(w.booths[0]!)).find((x) => x.free)!;
		expect((await w.book(s.auth, slot.id)).statusCode).toBe(201);
		const intention = await w.call(
			'POST',
			`/api/fairs/${w.fairId}/booths/${w.booths[0]}/contacts/${s.person.id}/intention`,
			owner.auth,
			{ postingId: owner.posting.id },
		);
		expect(intention.statusCode).toBe(200);
		const hired = await w.call(
			'POST',
			`/api/employer/applications/${applicationId}/status`,
			owner.auth,
			{ status: 'hired' },
		);
		expect(hired.statusCode).toBe(200);
	});

	it('lists the three visits a hire schedules, none of them open yet', async () => {
		const l = await list();
		expect(l.items.map((v) => [v.day, v.state, v.personName, v.employerName])).toEqual([
			[30, 'upcoming', '回访对象', '晋北食品'],
			[60, 'upcoming', '回访对象', '晋北食品'],
			[90, 'upcoming', '回访对象', '晋北食品'],
		]);
		expect(l.counts).toEqual({ upcoming: 3, due: 0, overdue: 0, done: 0 });
		expect(l.items[0]!.stateLabel).toBe('未到时间');
		expect((await list('done')).items).toEqual([]);
	});

	it('refuses to record a visit more than a week before it falls due, saying when it opens', async () => {
		const v = await visitOf(30);
		const res = await record(v.id, { stillEmployed: true });
		expect(res.statusCode).toBe(422);
		expect(res.headers['content-type']).toContain('application/problem+json');
		const p = res.json() as { code: string; detail: string };
		expect(p.code).toBe('follow_up_not_due');
		expect(p.detail).toMatch(
			/^这次回访 \d{4}年\d+月\d+日 到期，最早从 \d{4}年\d+月\d+日 起可以记录。$/,
		);
		expect((await visitOf(30)).doneAt).toBeNull();
	});

	it('records the 30-day visit, which the report then counts as 回访在岗', async () => {
		await hiredDaysAgo(31);
		const v = await visitOf(30);
		expect(v.state).toBe('due');
		const res = await record(v.id, {
			stillEmployed: true,
			monthlyWage: 2600,
			problems: ' 通勤远 ',
		});
		expect(res.statusCode).toBe(200);
		const done = (await list('done')).items;
		expect(done).toHaveLength(1);
		expect(done[0]).toMatchObject({
			day: 30,
			state: 'done',
			stillEmployed: true,
			monthlyWage: 2600,
			problems: '通勤远',
			recordedByName: expect.any(String),
		});
		// the next caller sees what the last visit found
		expect((await visitOf(60)).previous).toEqual({ day: 30, stillEmployed: true });
		expect((await list()).counts).toMatchObject({ upcoming: 2, done: 1 });
		expect(await retained()).toEqual([1, 0, 1]);
	});

	it('corrects a recorded visit, keeping both versions in the audit log', async () => {
		const v = (await list('done')).items.find((x) => x.day === 30)!;
		const res = await record(v.id, { stillEmployed: false, problems: '已回家务农' });
		expect(res.statusCode).toBe(200);
		const again = (await list('done')).items.find((x) => x.day === 30)!;
		expect(again).toMatchObject({ stillEmployed: false, monthlyWage: null, doneAt: v.doneAt });
		expect(await retained()).toEqual([0, 0, 0]);
		const entries = await w.db
			.select({ action: auditLog.action, detail: auditLog.detail })
			.from(auditLog)
			.where(and(eq(auditLog.entity, 'fair_follow_up'), eq(auditLog.entityId, v.id)));
		const byAction = Object.fromEntries(entries.map((e) => [e.action, e.detail]));
		expect(byAction['fair.follow_up_record']).toEqual({
			fairId: w.fairId,
			stillEmployed: true,
			monthlyWage: 2600,
		});
		// the correction keeps what it replaced; the problems text stays out of the log
		expect(byAction['fair.follow_up_correct']).toEqual({
			fairId: w.fairId,
			stillEmployed: false,
			monthlyWage: null,
			before: { stillEmployed: true, monthlyWage: 2600 },
		});
	});

	it('marks a visit left unrecorded two weeks past its date as overdue', async () => {
		await hiredDaysAgo(85);
		const l = await list();
		expect(l.items.map((v: FollowUp) => [v.day, v.state])).toEqual([
			[60, 'overdue'],
			[90, 'due'],
		]);
		expect(l.counts).toEqual({ upcoming: 0, due: 1, overdue: 1, done: 1 });
	});

	it('answers a wrong form field by field, in Chinese, and stores nothing', async () => {
		const v = await visitOf(90);
		for (const [body, pointer] of [
			[{}, '#/stillEmployed'],
			[{ stillEmployed: 'yes' }, '#/stillEmployed'],
			[{ stillEmployed: true, monthlyWage: -5 }, '#/monthlyWage'],
			[{ stillEmployed: true, monthlyWage: 12.5 }, '#/monthlyWage'],
			[{ stillEmployed: true, problems: '问'.repeat(501) }, '#/problems'],
		] as const) {
			const res = await record(v.id, body);
			expect(res.statusCode).toBe(400);
			const p = res.json() as { errors: { pointer: string; detail: string }[] };
			expect(p.errors.map((e) => e.pointer)).toContain(pointer);
			expect(p.errors[0]!.detail).toMatch(/[\u4e00-\u9fff]/);
		}
		expect((await visitOf(90)).doneAt).toBeNull();
	});

	it('keeps visits to the organisers, and to the fair they belong to', async () => {
		const v = await visitOf(90);
		const seeker = `Bearer ${await (await createUser(w.db, 'seeker')).newSession()}`;
		for (const auth of [w.township, w.owners[0]!.auth, seeker]) {
			expect((await w.call('GET', `/api/fairs/${w.fairId}/follow-ups`, auth)).statusCode).toBe(403);
			expect((await record(v.id, { stillEmployed: true }, auth)).statusCode).toBe(403);
		}
		expect((await w.call('GET', `/api/fairs/${w.fairId}/follow-ups`)).statusCode).toBe(401);
		// the same visit through another fair's address is not found there
		const other = await world();
		const res = await record(v.id, { stillEmployed: true }, w.staff, other.fairId);
		expect(res.statusCode).toBe(404);
		expect((res.json() as { detail: string }).detail).toContain('回访');
		expect((await visitOf(90)).doneAt).toBeNull();
	});
});
