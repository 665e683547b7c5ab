import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@ronghe/db';
import { employers, postings, searchOutbox } from '@ronghe/db/schema';
import { createSyncWorker, drainOnce, markEmployerPostingsDirty } from '@ronghe/search';
import { createEmployer, createPosting, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const quiet = { info: () => {}, warn: () => {} };

describe('search sync status for staff (/api/search)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	beforeAll(async () => {
		for (const role of ['admin', 'bureau', 'federation'] as const)
			as[role] = `Bearer ${await (await createUser(t.handle.db, role)).newSession()}`;
	});
	beforeEach(async () => {
		t.search.down = false;
		await t.handle.db.delete(searchOutbox);
		await t.handle.db.delete(postings);
	});
	const status = async (auth = as.admin!) => {
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/search/status',
			headers: { authorization: auth },
		});
		expect(res.statusCode).toBe(200);
		return res.json<{
			engineUp: boolean;
			pending: number;
			failing: number;
			failures: { entityId: string; attempts: number; lastError: string | null }[];
			lastSuccessAt: string | null;
			lastFailureAt: string | null;
		}>();
	};
	const worker = () =>
		createSyncWorker({
			db: t.handle.db,
			engine: t.search,
			log: quiet,
			stats: t.app.services.searchSync.stats,
		});

	it('shows failed rows with their error while search is down, retries them on request, then shows the drain', async () => {
		const e = await createEmployer(t.handle.db);
		const p = await createPosting(t.handle.db, e.id, { title: '客服专员' });
		t.search.down = true;
		await worker().flush();
		const down = await status(as.bureau);
		expect(down).toMatchObject({
			engineUp: false,
			pending: 1,
			failing: 1,
			failures: [{ entityId: p.id, attempts: 1, lastError: 'fake search is down' }],
		});
		expect(down.lastFailureAt).not.toBeNull();

		// as after many failures: the next attempt is an hour away
		await t.handle.db.update(searchOutbox).set({ availableAt: new Date(Date.now() + 3_600_000) });
		t.search.down = false;
		await worker().flush();
		expect((await status()).pending).toBe(1);
		const retry = await t.app.inject({
			method: 'POST',
			url: '/api/search/retry-failed',
			headers: { authorization: as.admin! },
			payload: {},
		});
		expect(retry.json()).toEqual({ retried: 1 });
		await worker().flush();
		const up = await status();
		expect(up).toMatchObject({ engineUp: true, pending: 0, failing: 0, failures: [] });
		expect(up.lastSuccessAt).not.toBeNull();
		expect(t.search.docs('postings').map((d) => d.id)).toEqual([p.id]);
	});

	it('backs off a whole batch at once when the engine is unreachable', async () => {
		const e = await createEmployer(t.handle.db);
		await createPosting(t.handle.db, e.id);
		await createPosting(t.handle.db, e.id);
		t.search.down = true;
		expect(await drainOnce(t.handle.db, t.search)).toEqual({ processed: 0, failed: 2 });
		const rows = await t.handle.db.select().from(searchOutbox);
		expect(rows.map((r) => r.attempts)).toEqual([1, 1]);
	});

	it('is for admin and bureau staff only', async () => {
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/search/status',
			headers: { authorization: as.federation! },
		});
		expect(res.statusCode).toBe(403);
	});
});

describe('markEmployerPostingsDirty', () => {
	const t = useApi();

	it('re-indexes every published posting of an employer after a name change, and only those', async () => {
		const e = await createEmployer(t.handle.db, { name: '五台县旧名称商贸公司' });
		const a = await createPosting(t.handle.db, e.id);
		const b = await createPosting(t.handle.db, e.id);
		await createPosting(t.handle.db, e.id, { status: 'draft', publishedAt: null });
		const other = await createPosting(t.handle.db, (await createEmployer(t.handle.db)).id);
		await drainOnce(t.handle.db, t.search);

		const marked = await t.handle.db.transaction(async (tx) => {
			await tx
				.update(employers)
				.set({ name: '五台县新名称商贸公司' })
				.where(eq(employers.id, e.id));
			return markEmployerPostingsDirty(tx as unknown as Db, e.id);
		});
		expect(marked).toBe(2);
		const queued = await t.handle.db.select().from(searchOutbox);
		expect(queued.map((r) => r.entityId).sort()).toEqual([a.id, b.id].sort());

		await drainOnce(t.handle.db, t.search);
		const names = Object.fromEntries(
			t.search.docs('postings').map((d) => [d.id, d.employerName as string]),
		);
		expect(names[a.id]).toBe('五台县新名称商贸公司');
		expect(names[b.id]).toBe('五台县新名称商贸公司');
		expect(names[other.id]).not.toBe('五台县新名称商贸公司');
	});
});
