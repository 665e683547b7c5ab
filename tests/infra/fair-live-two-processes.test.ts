import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FairCounters } from '@ronghe/contracts';
import { createDb, type DbHandle } from '@ronghe/db';
import { freePort } from '@ronghe/search';
import { createLiveFair, createSeeker, queueFor, startChat } from '../fixtures/fair-live.js';
import { createScratchDatabase } from '../support/db.js';
import { startPlatform, type RunningServer } from '../support/server.js';
import { openSse, type SseClient } from '../support/sse.js';

/**
 * Two API processes on one PostgreSQL, as a deployment behind a load balancer runs them: a
 * viewer connected to process A sees what a seeker or a rep does through process B within a
 * second — the lobby's counters and a chat message — because both processes LISTEN to the
 * database's doorbell and read the figures back from the tables, not from memory.
 */
describe('fair live layer across two API processes on one PostgreSQL', () => {
	let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
	let handle: DbHandle;
	const servers: RunningServer[] = [];
	const dirs: string[] = [];
	const streams: SseClient[] = [];
	let a = '';
	let b = '';

	beforeAll(async () => {
		scratch = await createScratchDatabase('live');
		// one key and one database for both; a data folder each (embedded Meilisearch, lock file)
		const env: NodeJS.ProcessEnv = {
			DATABASE_URL: scratch.url,
			RONGHE_DATA_KEY: randomBytes(32).toString('base64'),
			RONGHE_SEED_DEMO: 'false',
			RONGHE_WEB_HANDLER: '',
			ALERTS_INTERVAL_SECONDS: '0',
		};
		if (process.env.TEST_MEILI_URL) {
			env.MEILI_URL = process.env.TEST_MEILI_URL;
			env.MEILI_MASTER_KEY = process.env.TEST_MEILI_MASTER_KEY;
			env.MEILI_INDEX_PREFIX = `live_${randomBytes(4).toString('hex')}_`;
		}
		// one after the other: the first one migrates the empty database
		for (const name of ['a', 'b']) {
			const dir = mkdtempSync(join(tmpdir(), `ronghe-live-${name}-`));
			dirs.push(dir);
			const port = await freePort();
			servers.push(await startPlatform(port, { ...env, RONGHE_DATA_DIR: dir }));
			if (name === 'a') a = `http://127.0.0.1:${port}`;
			else b = `http://127.0.0.1:${port}`;
		}
		handle = createDb({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 2 });
	}, 300_000);

	afterAll(async () => {
		for (const s of streams) s.close();
		for (const s of servers) await s.stop();
		await handle?.close();
		await scratch?.drop();
		for (const d of dirs) rmSync(d, { recursive: true, force: true });
	}, 60_000);

	const post = async (base: string, path: string, token: string, body: object) => {
		const res = await fetch(`${base}${path}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: res.status, json: (await res.json()) as Record<string, unknown> };
	};
	const counters = (e: { data: string }) => JSON.parse(e.data) as FairCounters;
	const figures = ({ at: _at, ...rest }: FairCounters) => rest;

	it('shows on A within a second what is registered, booked and said through B', async () => {
		const { fair, booths } = await createLiveFair(handle.db, { slots: 4 });
		const { booth, rep, slots } = booths[0]!;
		const lobby = await openSse(`${a}/api/fairs/${fair.id}/live`);
		streams.push(lobby);
		expect(lobby.status).toBe(200);
		expect(counters(await lobby.next())).toMatchObject({ registered: 0, interviewsBooked: 0 });

		const seeker = await createSeeker(handle.db);
		const registered = await post(b, `/api/fairs/${fair.id}/registrations`, seeker.token, {});
		expect(registered.status).toBe(201);
		let acked = performance.now();
		const afterRegistration = await lobby.next((e) => counters(e).registered === 1, 3000);
		expect(afterRegistration.at - acked).toBeLessThan(1000);

		const booked = await post(b, `/api/fairs/${fair.id}/bookings`, seeker.token, {
			slotId: slots[0]!.id,
		});
		expect(booked.status).toBe(201);
		acked = performance.now();
		const afterBooking = await lobby.next((e) => counters(e).interviewsBooked === 1, 3000);
		expect(afterBooking.at - acked).toBeLessThan(1000);
		// A's lobby shows the figures B reads from the database
		const onB = (await (await fetch(`${b}/api/fairs/${fair.id}/counters`)).json()) as FairCounters;
		expect(figures(counters(lobby.events.at(-1)!))).toEqual(figures(onB));

		const entry = await queueFor(handle.db, fair.id, booth.id, seeker.person.id);
		await startChat(handle.db, entry.id, rep.user.id);
		const chat = await openSse(`${a}/api/fairs/${fair.id}/chats/${entry.id}/stream`, {
			authorization: `Bearer ${seeker.token}`,
		});
		streams.push(chat);
		expect(chat.status).toBe(200);
		const said = await post(b, `/api/fairs/${fair.id}/chats/${entry.id}/messages`, rep.token, {
			body: '您好，欢迎来到我们的展位。',
		});
		expect(said.status).toBe(201);
		acked = performance.now();
		const heard = await chat.next((e) => e.event === 'message', 3000);
		expect(heard.at - acked).toBeLessThan(1000);
		expect(heard.id).toBe(said.json.id);
		expect(JSON.parse(heard.data)).toMatchObject({
			body: '您好，欢迎来到我们的展位。',
			fromRep: true,
		});
	});
});
