import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Booking, Workspace } from '@ronghe/contracts';
import {
	applications,
	fairBookings,
	fairFollowUps,
	fairSlots,
	notifications,
} from '@ronghe/db/schema';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';
import { fairWorlds } from '../support/fair-world.js';

/**
 * The reps' workspace at a booth (issue 14 §4, §7): the queue with each seeker's requests, one
 * rep per chat, hand-off, private notes, interview invitations, 达成意向 and then a hire through
 * the applications' own path, which schedules the 30/60/90-day follow-up visits.
 */
describe('fair booths: the reps’ workspace and outcomes', () => {
	const t = useApi();
	const { liveWorld } = fairWorlds(t);

	async function openFair() {
		const w = await liveWorld();
		await w.call('POST', `/api/fairs/${w.fairId}/state`, w.staff, { state: 'open' });
		const owner = w.owners[0]!;
		const boothId = w.booths[0]!;
		const workspace = async (auth = owner.auth) =>
			w.call('GET', `/api/fairs/${w.fairId}/booths/${boothId}/workspace`, auth);
		const join = (auth: string) =>
			w.call('POST', `/api/fairs/${w.fairId}/booths/${boothId}/queue`, auth);
		return { ...w, owner, boothId, workspace, join };
	}

	it('shows reps the queue with the requests; only named reps reach it', async () => {
		const w = await openFair();
		const deaf = await w.register('聋人求职者', ['sign_interpreter']);
		await w.join(deaf.auth);
		const ws = (await w.workspace()).json() as Workspace;
		expect(ws.queue).toMatchObject([
			{ name: '聋人求职者', position: 1, textOnly: true, needs: ['sign_interpreter'] },
		]);
		// another employer, and a colleague not named as a rep, find nothing
		expect((await w.workspace(w.owners[1]!.auth)).statusCode).toBe(404);
		const colleague = await createUser(w.db, 'employer', { employerId: w.owner.e.id });
		expect((await w.workspace(`Bearer ${await colleague.newSession()}`)).statusCode).toBe(404);
	});

	it('gives a chat to one rep only, even when two accept at once, and hands it off', async () => {
		const w = await openFair();
		const second = await createUser(w.db, 'employer', { employerId: w.owner.e.id });
		const secondAuth = `Bearer ${await second.newSession()}`;
		// name the colleague as a rep by applying again with them
		await w.call('POST', `/api/fairs/${w.fairId}/booths`, w.owner.auth, {
			introduction: '晋北食品欢迎残疾朋友加入我们。',
			postingIds: [w.owner.posting.id],
			repUserIds: [second.user.id],
		});
		const a = await w.register('先到的人', []);
		const b = await w.register('后到的人', []);
		const entry = (await w.join(a.auth)).json() as { id: string };
		await w.join(b.auth);
		const accept = (auth: string) =>
			w.call('POST', `/api/fairs/${w.fairId}/queue/${entry.id}/accept`, auth);
		const both = await Promise.all([accept(w.owner.auth), accept(secondAuth)]);
		expect(both.map((r) => r.statusCode).sort()).toEqual([204, 409]);
		// the seeker behind is told their turn is close
		const told = await w.db.select().from(notifications).where(eq(notifications.kind, 'fair_turn'));
		expect(told.map((n) => n.title)).toEqual(expect.arrayContaining(['轮到您了', '快轮到您了']));
		const handoff = await w.call(
			'POST',
			`/api/fairs/${w.fairId}/queue/${entry.id}/handoff`,
			w.owner.auth,
			{
				toUserId: second.user.id,
			},
		);
		expect(handoff.statusCode).toBe(204);
		const ws = (await w.workspace(secondAuth)).json() as Workspace;
		expect(ws.queue.find((q) => q.id === entry.id)).toMatchObject({
			status: 'chatting',
			repUserId: second.user.id,
		});
		expect(ws.queue.find((q) => q.name === '后到的人')).toMatchObject({ position: 1 });
	});

	it('keeps notes to the employer, invites to an interview, records an intention and a hire', async () => {
		const w = await openFair();
		const deaf = await w.register('聋人求职者', ['sign_interpreter']);
		// a seeker the booth never met cannot be written about
		const stranger = await w.register('没来过的人', []);
		const contact = (personId: string, body: object) =>
			w.call(
				'PUT',
				`/api/fairs/${w.fairId}/booths/${w.boothId}/contacts/${personId}`,
				w.owner.auth,
				body,
			);
		expect((await contact(stranger.person.id, { note: '无' })).statusCode).toBe(404);
		const entry = (await w.join(deaf.auth)).json() as { id: string };
		await w.call('POST', `/api/fairs/${w.fairId}/queue/${entry.id}/accept`, w.owner.auth);
		expect(
			(
				await contact(deaf.person.id, {
					note: '打字很快，适合电商客服',
					rating: 5,
					interest: 'interested',
				})
			).statusCode,
		).toBe(204);
		// the interview invitation names the interpreter, as the seeker's own booking would
		const nine = (await w.slots(w.boothId)).find((s) => s.startsAt === w.at(9))!;
		const invited = await w.call(
			'POST',
			`/api/fairs/${w.fairId}/booths/${w.boothId}/invitations`,
			w.owner.auth,
			{
				personId: deaf.person.id,
				slotId: nine.id,
			},
		);
		expect(invited.statusCode).toBe(201);
		expect((invited.json() as Booking).interpreter).toEqual({ name: '李手语' });
		const intention = await w.call(
			'POST',
			`/api/fairs/${w.fairId}/booths/${w.boothId}/contacts/${deaf.person.id}/intention`,
			w.owner.auth,
			{ postingId: w.owner.posting.id },
		);
		expect(intention.statusCode).toBe(200);
		const { applicationId } = intention.json() as { applicationId: string };
		const ws = (await w.workspace()).json() as Workspace;
		expect(ws.contacts).toMatchObject([
			{
				name: '聋人求职者',
				note: '打字很快，适合电商客服',
				rating: 5,
				applicationStatus: 'offered',
			},
		]);
		expect(ws.bookings.map((b) => b.name)).toEqual(['聋人求职者']);
		// the seeker's own view of the application carries no note or rating
		const mine = await w.call('GET', '/api/me/applications', deaf.auth);
		expect(mine.body).not.toContain('打字很快');
		expect(mine.json().items[0]).toMatchObject({ id: applicationId, status: 'offered' });
		const hired = await w.call(
			'POST',
			`/api/employer/applications/${applicationId}/status`,
			w.owner.auth,
			{
				status: 'hired',
			},
		);
		expect(hired.statusCode).toBe(200);
		const [app] = await w.db.select().from(applications).where(eq(applications.id, applicationId));
		expect(app!.fairId).toBe(w.fairId);
		const visits = await w.db
			.select()
			.from(fairFollowUps)
			.where(eq(fairFollowUps.applicationId, applicationId));
		expect(visits.map((v) => v.day).sort((x, y) => x - y)).toEqual([30, 60, 90]);
	});

	it('marks an application made at the fair, and refuses one for a posting not at it', async () => {
		const w = await openFair();
		const s = await w.register('投递的人', []);
		const apply = (postingId: string, key: string) =>
			t.app.inject({
				method: 'POST',
				url: `/api/postings/${postingId}/applications`,
				headers: { authorization: s.auth, 'idempotency-key': key },
				payload: { fairId: w.fairId },
			});
		expect((await apply(w.owner.posting.id, 'fair-apply-1')).statusCode).toBe(201);
		const elsewhere = await w.employer('不在场的单位');
		const refused = await apply(elsewhere.posting.id, 'fair-apply-2');
		expect(refused.statusCode).toBe(400);
		expect(refused.json().errors[0].pointer).toBe('#/fairId');
		const fair = (await w.call('GET', `/api/fairs/${w.fairId}`)).json() as {
			counters: { applications: number };
		};
		expect(fair.counters.applications).toBe(1);
	});

	it('lets the rep give a booked interview a phone or video link, telling the seeker once', async () => {
		const w = await openFair();
		const s = await w.register('电话面试的人', []);
		const slot = (await w.slots(w.boothId)).find((x) => x.free)!;
		const booked = await w.book(s.auth, slot.id);
		expect(booked.statusCode).toBe(201);
		const bookingId = (booked.json() as Booking).id;
		const put = (link: unknown, auth = w.owner.auth) =>
			w.call('PUT', `/api/fairs/${w.fairId}/booths/${w.boothId}/bookings/${bookingId}/link`, auth, {
				link,
			});
		const told = async () =>
			(
				await w.db
					.select()
					.from(notifications)
					.where(and(eq(notifications.userId, s.user.id), eq(notifications.kind, 'fair_booking')))
			).filter((n) => n.title.startsWith('面试方式有更新'));

		const meeting = 'https://meeting.example.cn/j/123456';
		expect((await put(` ${meeting} `)).json()).toEqual({ id: bookingId, link: meeting });
		// the same again changes nothing and tells no one twice
		expect((await put(meeting)).statusCode).toBe(200);
		expect((await told()).map((n) => n.body)).toEqual([`单位留下的电话或视频会议：${meeting}`]);
		const mine = (await w.call('GET', `/api/fairs/${w.fairId}`, s.auth)).json() as {
			myBookings: { id: string; link: string }[];
		};
		expect(mine.myBookings.find((b) => b.id === bookingId)?.link).toBe(meeting);

		for (const bad of [
			'javascript:alert(1)',
			'第一行\n第二行',
			'https://a.cn/\u202egpj.exe',
			'x'.repeat(201),
			5,
		]) {
			const res = await put(bad);
			expect(res.statusCode).toBe(400);
			expect((res.json() as { errors: { pointer: string }[] }).errors[0]!.pointer).toBe('#/link');
		}
		// another employer's HR, and the seeker, find no such booking
		const other = await w.employer('别家单位');
		expect((await put('电话 0350-1111111', other.auth)).statusCode).toBe(404);
		expect((await put('电话 0350-1111111', s.auth)).statusCode).toBe(403);
		expect((await put('')).json()).toEqual({ id: bookingId, link: '' });
		expect(await told()).toHaveLength(2);
		// once the interview is over there is nothing to change (a booking takes its times from
		// its slot: move the slot, and touch the booking so that it copies them again)
		const past = Date.now() - 7_200_000;
		await w.db
			.update(fairSlots)
			.set({ startsAt: new Date(past), endsAt: new Date(past + 900_000) })
			.where(eq(fairSlots.id, slot.id));
		await w.db.update(fairBookings).set({ link: '' }).where(eq(fairBookings.id, bookingId));
		const late = await put('电话 0350-2222222');
		expect(late.statusCode).toBe(409);
		expect((late.json() as { code: string }).code).toBe('booking_past');
		expect(await told()).toHaveLength(2);
	});
});
