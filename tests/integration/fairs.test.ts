import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Booking, FairDetail, FairList, QueuePlace } from '@ronghe/contracts';
import { fairBookings, fairSlots, notifications } from '@ronghe/db/schema';
import { useApi } from '../support/app.js';
import { fairWorlds } from '../support/fair-world.js';

/**
 * Running a fair (issue 14 §1–3): organisers create and publish it, employers apply for booths,
 * staff approve or refuse with a reason, seekers register with their needs, queue for a booth's
 * text chat and book interview slots — with a sign interpreter when they asked for one.
 */
describe('online fairs: booths, registration, queues and bookings', () => {
	const t = useApi();
	const { world, liveWorld } = fairWorlds(t);

	it('keeps a draft from the public until it is published, and refuses a wrong move', async () => {
		const w = await world();
		expect((await w.call('GET', `/api/fairs/${w.fairId}`)).statusCode).toBe(404);
		expect(
			(await w.call('POST', `/api/fairs/${w.fairId}/state`, w.township, { state: 'published' }))
				.statusCode,
		).toBe(403);
		const wrong = await w.call('POST', `/api/fairs/${w.fairId}/state`, w.staff, {
			state: 'closed',
		});
		expect(wrong.statusCode).toBe(409);
		expect(wrong.json().detail).toContain('不能改成');
		expect(
			(await w.call('POST', `/api/fairs/${w.fairId}/state`, w.staff, { state: 'published' }))
				.statusCode,
		).toBe(200);
		const fair = (await w.call('GET', `/api/fairs/${w.fairId}`)).json() as FairDetail;
		expect(fair.status).toBe('upcoming');
		expect(fair.zones.map((z) => `${z.kind}:${z.name}`)).toEqual([
			'zone:民营企业',
			'zone:国有企业',
			'desk:政策咨询',
		]);
	});

	it('answers a bad fair with field errors in Chinese', async () => {
		const w = await world();
		const res = await w.call('POST', '/api/fairs', w.staff, {
			title: '',
			theme: 'disability_day',
			mode: 'online',
			organizer: '县残联',
			startsAt: w.at(24),
			endsAt: w.at(0),
		});
		expect(res.statusCode).toBe(400);
		expect(res.headers['content-type']).toContain('application/problem+json');
		const pointers = (res.json().errors as { pointer: string }[]).map((e) => e.pointer);
		expect(pointers).toEqual(expect.arrayContaining(['#/title']));
	});

	it('lets employers apply; a refused one reads the reason; the public sees approved booths only', async () => {
		const w = await world();
		await w.call('POST', `/api/fairs/${w.fairId}/state`, w.staff, { state: 'published' });
		const a = await w.employer('晋北食品');
		const b = await w.employer('台城按摩');
		const other = await w.employer('别家');
		const apply = (e: typeof a, postingIds = [e.posting.id]) =>
			w.call('POST', `/api/fairs/${w.fairId}/booths`, e.auth, {
				introduction: `${e.e.name}欢迎残疾朋友加入我们。`,
				postingIds,
			});
		const stolen = await apply(a, [other.posting.id]);
		expect(stolen.statusCode).toBe(400);
		expect(stolen.json().errors[0].pointer).toBe('#/postingIds');
		const boothA = (await apply(a)).json() as { id: string; status: string };
		const boothB = (await apply(b)).json() as { id: string; status: string };
		expect(boothA.status).toBe('pending');
		const decide = (id: string, body: object, auth = w.staff) =>
			w.call('POST', `/api/fairs/${w.fairId}/booths/${id}/decision`, auth, body);
		expect((await decide(boothA.id, { decision: 'approve' }, w.township)).statusCode).toBe(403);
		expect((await decide(boothB.id, { decision: 'refuse' })).statusCode).toBe(400);
		expect((await decide(boothA.id, { decision: 'approve' })).statusCode).toBe(200);
		expect(
			(await decide(boothB.id, { decision: 'refuse', reason: '岗位与本次专场主题不符' }))
				.statusCode,
		).toBe(200);

		const seenByB = (await w.call('GET', `/api/fairs/${w.fairId}`, b.auth)).json() as FairDetail;
		expect(seenByB.myBooth).toMatchObject({ status: 'refused', reason: '岗位与本次专场主题不符' });
		const pub = (await w.call('GET', `/api/fairs/${w.fairId}`)).json() as FairDetail;
		expect(pub.booths.map((x) => x.employerName)).toEqual(['晋北食品']);
		expect(pub.booths[0]!.postings.map((p) => p.title)).toEqual(['晋北食品的岗位']);
		// 09:00–12:00 in 15-minute slots
		expect(pub.booths[0]!.freeSlots).toBe(12);
		// the organisers' list counts the booths by decision; nobody else gets the counts
		const listed = async (auth?: string) =>
			((await w.call('GET', '/api/fairs', auth)).json() as FairList).items.find(
				(f) => f.id === w.fairId,
			)!.booths;
		expect(await listed(w.staff)).toEqual({ pending: 0, approved: 1, refused: 1 });
		expect(await listed()).toBeNull();
		expect(await listed(b.auth)).toBeNull();
		const told = await w.db
			.select()
			.from(notifications)
			.where(eq(notifications.link, `/fairs/${w.fairId}`));
		expect(told.map((n) => `${n.title}｜${n.body}`).sort()).toEqual(
			[
				'“助残日线上专场”的展位报名没有通过｜原因：岗位与本次专场主题不符',
				'“助残日线上专场”的展位报名已通过｜求职者现在可以看到您的展位和岗位。',
			].sort(),
		);
	});

	it('books a deaf seeker with the free interpreter, and offers the next seeker other times', async () => {
		const w = await liveWorld();
		const deaf = await w.register('聋人甲', ['sign_interpreter', 'text_only']);
		const second = await w.register('聋人乙', ['sign_interpreter']);
		const [a0] = await w.slots(w.booths[0]!);
		const [b0] = await w.slots(w.booths[1]!);
		const booked = await w.book(deaf.auth, a0!.id);
		expect(booked.statusCode).toBe(201);
		expect((booked.json() as Booking).interpreter).toEqual({ name: '李手语' });
		// the same 09:00 at the other booth: the only interpreter is busy then
		const refused = await w.book(second.auth, b0!.id);
		expect(refused.statusCode).toBe(409);
		expect(refused.headers['content-type']).toContain('application/problem+json');
		const problem = refused.json() as {
			code: string;
			detail: string;
			alternatives: { slotId: string; startsAt: string }[];
		};
		expect(problem.code).toBe('no_interpreter_free');
		expect(problem.detail).toContain('09:15');
		expect(problem.alternatives.map((a) => a.startsAt)).toEqual([
			w.at(9.25),
			w.at(9.5),
			w.at(9.75),
		]);
		// after 10:00 nobody interprets: the nearest times with the interpreter come back, latest first
		const late = (await w.slots(w.booths[1]!)).find((s) => s.startsAt === w.at(10.5))!;
		const far = (await w.book(second.auth, late.id)).json() as typeof problem;
		expect(far.alternatives.map((a) => a.startsAt)).toEqual([w.at(9.75), w.at(9.5), w.at(9.25)]);
		// taking an offered time works, and names the interpreter
		const offered = await w.book(second.auth, problem.alternatives[0]!.slotId);
		expect(offered.statusCode).toBe(201);
		expect((offered.json() as Booking).interpreter).toEqual({ name: '李手语' });
	});

	it('refuses every double booking, also when the requests arrive together', async () => {
		const w = await liveWorld();
		const people = await Promise.all(
			['甲', '乙', '丙', '丁', '戊', '己'].map((n) => w.register(`求职者${n}`, [])),
		);
		const [a0] = await w.slots(w.booths[0]!);
		const all = await Promise.all(people.map((p) => w.book(p.auth, a0!.id)));
		expect(all.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
		expect(all.find((r) => r.statusCode === 409)!.json().detail).toBe(
			'这个时段刚刚被别人预约了，请换一个时段。',
		);
		// one seeker, two booths at the same time, at once
		const me = await w.register('赶场的人', []);
		const [b0, b1] = await w.slots(w.booths[1]!);
		const a1 = (await w.slots(w.booths[0]!))[1]!;
		const both = await Promise.all([w.book(me.auth, b1!.id), w.book(me.auth, a1.id)]);
		expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
		expect(both.find((r) => r.statusCode === 409)!.json().code).toBe('seeker_busy');
		expect(b0!.free).toBe(true);
		// the slot list says which are taken now
		const after = await w.slots(w.booths[0]!);
		expect(after.find((s) => s.id === a0!.id)!.free).toBe(false);
		expect(after.find((s) => s.id === a1.id)!.free).toBe(
			!both.some((r) => r.statusCode === 201 && r.json().slotId === a1.id),
		);
		const rows = await w.db.select().from(fairBookings).where(eq(fairBookings.fairId, w.fairId));
		expect(rows).toHaveLength(2);
	});

	it('the database itself refuses overlapping bookings, whatever the code does', async () => {
		const w = await liveWorld();
		const s = await w.register('直接写库', []);
		const [a0] = await w.slots(w.booths[0]!);
		const [b0] = await w.slots(w.booths[1]!);
		const row = (slotId: string) => ({
			fairId: w.fairId,
			boothId: w.booths[0]!,
			slotId,
			personId: s.person.id,
			startsAt: new Date(0),
			endsAt: new Date(1),
		});
		await w.db.insert(fairBookings).values(row(a0!.id));
		// the trigger copied the slot's times, so the seeker's overlap is seen
		await expect(w.db.insert(fairBookings).values(row(b0!.id))).rejects.toThrow();
		const other = await w.seeker('另一个人');
		await expect(
			w.db.insert(fairBookings).values({ ...row(a0!.id), personId: other.person.id }),
		).rejects.toThrow();
		// an interpreter named outside their hours
		const [slot] = await w.db
			.select()
			.from(fairSlots)
			.where(eq(fairSlots.id, (await w.slots(w.booths[1]!))[8]!.id));
		const interpreters = (
			(await w.call('GET', `/api/fairs/${w.fairId}`, w.staff)).json() as FairDetail
		).interpreters;
		await expect(
			w.db.insert(fairBookings).values({
				...row(slot!.id),
				personId: other.person.id,
				interpreterId: interpreters[0]!.id,
			}),
		).rejects.toThrow();
	});

	it('keeps a queue place across reconnects and moves people up when someone leaves', async () => {
		const w = await liveWorld();
		const first = await w.register('先来', ['text_only']);
		const second = await w.register('后到', []);
		const join = (auth: string) =>
			w.call('POST', `/api/fairs/${w.fairId}/booths/${w.booths[0]}/queue`, auth);
		const closed = await join(first.auth);
		expect(closed.statusCode).toBe(422);
		expect(closed.json().detail).toContain('招聘会开始后');
		await w.call('POST', `/api/fairs/${w.fairId}/state`, w.staff, { state: 'open' });
		const p1 = (await join(first.auth)).json() as QueuePlace;
		const p2 = (await join(second.auth)).json() as QueuePlace;
		expect([p1.position, p2.position]).toEqual([1, 2]);
		expect(p2.estimatedWaitMinutes).toBeGreaterThan(0);
		// the connection dropped and came back: the same place, not the end of the line
		const again = (await join(first.auth)).json() as QueuePlace;
		expect(again).toMatchObject({ id: p1.id, position: 1 });
		const stranger = await w.seeker('没报名');
		expect((await join(stranger.auth)).json().code).toBe('not_registered');
		await w.call('DELETE', `/api/fairs/${w.fairId}/booths/${w.booths[0]}/queue`, first.auth);
		const now2 = (
			await w.call('GET', `/api/fairs/${w.fairId}/booths/${w.booths[0]}/queue`, second.auth)
		).json() as QueuePlace;
		expect(now2).toMatchObject({ id: p2.id, position: 1, estimatedWaitMinutes: 0 });
		const fair = (await w.call('GET', `/api/fairs/${w.fairId}`)).json() as FairDetail;
		expect(fair.counters).toMatchObject({ registered: 2, boothsOpen: 2, chatsWaiting: 1 });
	});
});
