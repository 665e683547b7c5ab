import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '@ronghe/api/app';
import type { ChatMessage, FairCounters } from '@ronghe/contracts';
import type { DbHandle } from '@ronghe/db';
import { fairRegistrations } from '@ronghe/db/schema';
import { createTestCipher } from '@ronghe/db/testing';
import { createFakeSearch } from '@ronghe/search/testing';
import { createEmployer, createUser, seedReference } from '../fixtures/factories.js';
import { createLiveFair, createSeeker, queueFor, startChat } from '../fixtures/fair-live.js';
import { createLaneDb } from '../support/db.js';
import { openSse, type SseClient } from '../support/sse.js';

/**
 * The live layer of a fair (issue 14 §3 and §6) on a listening server, as a browser's
 * EventSource reads it: the lobby's counters arrive at once and after each change, and the
 * booth chat reaches both sides, is hidden from everyone else and survives a reconnect.
 */
describe('fair live layer: lobby stream and booth chat', () => {
	let handle: DbHandle;
	let app: App;
	let base = '';
	const streams: SseClient[] = [];

	beforeAll(async () => {
		handle = await createLaneDb();
		await seedReference(handle.db);
		app = await buildApp({
			db: handle.db,
			pingDb: handle.ping,
			listen: handle.listen,
			search: createFakeSearch(),
			version: '0.0.0-test',
			cipher: createTestCipher(),
		});
		await app.listen({ port: 0, host: '127.0.0.1' });
		const address = app.server.address();
		base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	});
	afterAll(async () => {
		for (const s of streams) s.close();
		await app.close();
		await handle.close();
	});

	const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
	const open = async (path: string, headers: Record<string, string> = {}) => {
		const s = await openSse(`${base}${path}`, headers);
		streams.push(s);
		return s;
	};
	const call = async (method: string, path: string, token?: string, body?: object) => {
		const res = await fetch(`${base}${path}`, {
			method,
			headers: {
				...(token ? bearer(token) : {}),
				...(body ? { 'content-type': 'application/json' } : {}),
			},
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await res.text();
		return {
			status: res.status,
			type: res.headers.get('content-type') ?? '',
			json: text ? JSON.parse(text) : null,
		};
	};
	const counters = (e: { data: string }) => JSON.parse(e.data) as FairCounters;

	it('sends the counters at once, uncompressed, and again within a second of a registration', async () => {
		const { fair } = await createLiveFair(handle.db, { state: 'published' });
		const lobby = await open(`/api/fairs/${fair.id}/live`, { 'accept-encoding': 'br, gzip' });
		expect(lobby.status).toBe(200);
		expect(lobby.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
		expect(lobby.headers.get('content-encoding')).toBeNull();
		expect(lobby.headers.get('cache-control')).toContain('no-store');
		const first = await lobby.next((e) => e.event === 'counters', 2000);
		expect(counters(first)).toMatchObject({ registered: 0, boothsOpen: 1, seekersOnline: 0 });
		expect(lobby.retry).toBe(3000);

		const seeker = await createSeeker(handle.db);
		const res = await call('POST', `/api/fairs/${fair.id}/registrations`, seeker.token, {});
		expect(res.status).toBe(201);
		const acked = performance.now();
		const next = await lobby.next((e) => counters(e).registered === 1, 2000);
		expect(next.at - acked).toBeLessThan(1000);
		expect(counters(next).seekersOnline).toBe(1);
	});

	it('answers a draft or unknown fair with a 404 problem instead of a stream', async () => {
		const { fair } = await createLiveFair(handle.db, { state: 'draft' });
		for (const id of [fair.id, '00000000-0000-4000-8000-000000000000']) {
			const res = await call('GET', `/api/fairs/${id}/live`);
			expect(res.status).toBe(404);
			expect(res.type).toContain('application/problem+json');
		}
	});

	it('counts a registered seeker online while their lobby stream is open', async () => {
		const { fair } = await createLiveFair(handle.db);
		const seeker = await createSeeker(handle.db);
		await handle.db
			.insert(fairRegistrations)
			.values({ fairId: fair.id, personId: seeker.person.id });
		const anonymous = await open(`/api/fairs/${fair.id}/live`);
		expect(counters(await anonymous.next())).toMatchObject({ registered: 1, seekersOnline: 0 });
		await open(`/api/fairs/${fair.id}/live`, bearer(seeker.token));
		const online = await anonymous.next((e) => counters(e).seekersOnline === 1, 2000);
		expect(counters(online).registered).toBe(1);
		const [reg] = await handle.db
			.select()
			.from(fairRegistrations)
			.where(eq(fairRegistrations.personId, seeker.person.id));
		expect(reg!.lastSeenAt).not.toBeNull();
	});

	async function chatWorld() {
		const { fair, booths } = await createLiveFair(handle.db);
		const { booth, rep } = booths[0]!;
		const seeker = await createSeeker(handle.db);
		const entry = await queueFor(handle.db, fair.id, booth.id, seeker.person.id);
		const path = `/api/fairs/${fair.id}/chats/${entry.id}`;
		return { fair, booth, rep, seeker, entry, path };
	}

	it('refuses a message before the rep takes the seeker, then carries it to both sides', async () => {
		const w = await chatWorld();
		const early = await call('POST', `${w.path}/messages`, w.seeker.token, { body: '您好' });
		expect(early.status).toBe(409);
		expect(early.type).toContain('application/problem+json');
		expect(early.json.detail).toBe('还没轮到您，请等单位接待后再发消息。');
		const blank = await call('POST', `${w.path}/messages`, w.seeker.token, { body: '   ' });
		expect(blank.status).toBe(400);
		expect(blank.json.errors[0]).toMatchObject({
			pointer: '#/body',
			detail: '请输入要发送的消息。',
		});

		await startChat(handle.db, w.entry.id, w.rep.user.id);
		const seekerSide = await open(`${w.path}/stream`, bearer(w.seeker.token));
		const repSide = await open(`${w.path}/stream`, bearer(w.rep.token));
		expect([seekerSide.status, repSide.status]).toEqual([200, 200]);
		const sent = await call('POST', `${w.path}/messages`, w.seeker.token, {
			body: ' 我想了解岗位 ',
		});
		expect(sent.status).toBe(201);
		expect(sent.json).toMatchObject({ body: '我想了解岗位', fromRep: false, entryId: w.entry.id });
		const reply = await call('POST', `${w.path}/messages`, w.rep.token, {
			body: '欢迎，请问您想做什么工作？',
		});
		expect(reply.status).toBe(201);
		for (const side of [seekerSide, repSide]) {
			const a = await side.next((e) => e.event === 'message', 2000);
			const b = await side.next((e) => e.event === 'message', 2000);
			expect([a.id, b.id]).toEqual([sent.json.id, reply.json.id]);
			expect((JSON.parse(b.data) as ChatMessage).fromRep).toBe(true);
		}
		const list = await call('GET', `${w.path}/messages`, w.rep.token);
		expect(list.json.items.map((m: ChatMessage) => m.body)).toEqual([
			'我想了解岗位',
			'欢迎，请问您想做什么工作？',
		]);
	});

	it('hides a chat from another seeker, another employer and a colleague who is not a rep', async () => {
		const w = await chatWorld();
		await startChat(handle.db, w.entry.id, w.rep.user.id);
		const stranger = await createSeeker(handle.db);
		const other = await createUser(handle.db, 'employer', {
			employerId: (await createEmployer(handle.db)).id,
		});
		const colleague = await createUser(handle.db, 'employer', { employerId: w.booth.employerId });
		const staff = await createUser(handle.db, 'bureau');
		for (const token of [
			stranger.token,
			await other.newSession(),
			await colleague.newSession(),
			await staff.newSession(),
		]) {
			expect((await call('GET', `${w.path}/messages`, token)).status).toBe(404);
			expect((await call('POST', `${w.path}/messages`, token, { body: '你好' })).status).toBe(404);
			const s = await open(`${w.path}/stream`, bearer(token));
			expect(s.status).toBe(404);
		}
		// the right chat under another fair's address is no chat either
		const elsewhere = await createLiveFair(handle.db);
		const moved = `/api/fairs/${elsewhere.fair.id}/chats/${w.entry.id}/messages`;
		expect((await call('GET', moved, w.seeker.token)).status).toBe(404);
		expect((await call('GET', `${w.path}/messages`)).status).toBe(401);
	});

	it('resends what a dropped seeker missed when they reconnect with Last-Event-ID', async () => {
		const w = await chatWorld();
		await startChat(handle.db, w.entry.id, w.rep.user.id);
		const first = await call('POST', `${w.path}/messages`, w.rep.token, { body: '您好，在吗？' });
		const seekerSide = await open(`${w.path}/stream`, bearer(w.seeker.token));
		// a first connection gets the chat so far
		const history = await seekerSide.next((e) => e.event === 'message');
		expect(history.id).toBe(first.json.id);
		seekerSide.close();
		await seekerSide.ended;
		const missed = await call('POST', `${w.path}/messages`, w.rep.token, {
			body: '我们明天面试可以吗？',
		});
		const back = await open(`${w.path}/stream`, {
			...bearer(w.seeker.token),
			'last-event-id': history.id!,
		});
		const again = await back.next((e) => e.event === 'message', 2000);
		expect(again.id).toBe(missed.json.id);
		expect(JSON.parse(again.data)).toMatchObject({ body: '我们明天面试可以吗？', fromRep: true });
		await new Promise((r) => setTimeout(r, 300));
		expect(back.events.filter((e) => e.event === 'message')).toHaveLength(1);
	});

	it('refuses a message once the chat has ended', async () => {
		const w = await chatWorld();
		await startChat(handle.db, w.entry.id, w.rep.user.id);
		await call('DELETE', `/api/fairs/${w.fair.id}/booths/${w.booth.id}/queue`, w.seeker.token);
		const late = await call('POST', `${w.path}/messages`, w.rep.token, { body: '还在吗？' });
		expect(late.status).toBe(409);
		expect(late.json.detail).toBe('这次交流已经结束，不能再发消息了。');
	});
});
