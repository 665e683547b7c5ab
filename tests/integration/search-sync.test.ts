import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@ronghe/db';
import { postings, searchOutbox } from '@ronghe/db/schema';
import { drainOnce, markDirty } from '@ronghe/search';
import { createFakeSearch } from '@ronghe/search/testing';
import { createEmployer, createPosting, seedReference } from '../fixtures/factories.js';
import { createLaneDb } from '../support/db.js';

describe('search outbox drain', () => {
	let handle: DbHandle;
	beforeAll(async () => {
		handle = await createLaneDb();
		await seedReference(handle.db);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('indexes published postings without any personal data and empties the outbox', async () => {
		const fake = createFakeSearch();
		const e = await createEmployer(handle.db, { name: '台城盲人保健按摩店' });
		const p = await createPosting(handle.db, e.id, { title: '保健按摩师' });
		const result = await drainOnce(handle.db, fake);
		expect(result).toEqual({ processed: 1, failed: 0 });
		const [doc] = fake.docs('postings');
		expect(doc).toMatchObject({
			id: p.id,
			title: '保健按摩师',
			employerName: '台城盲人保健按摩店',
			townshipName: '台城镇',
		});
		expect(Object.keys(doc!)).not.toContain('idNumber');
		expect(await handle.db.select().from(searchOutbox)).toHaveLength(0);
	});

	it('removes a posting from the index once it is no longer published', async () => {
		const fake = createFakeSearch();
		const e = await createEmployer(handle.db);
		const p = await createPosting(handle.db, e.id);
		await drainOnce(handle.db, fake);
		expect(fake.docs('postings').map((d) => d.id)).toContain(p.id);
		await handle.db.transaction(async (tx) => {
			await tx.update(postings).set({ status: 'closed' }).where(eq(postings.id, p.id));
			await markDirty(tx, 'postings', p.id);
		});
		await drainOnce(handle.db, fake);
		expect(fake.docs('postings').map((d) => d.id)).not.toContain(p.id);
	});

	it('keeps failed rows with the error and a later retry time, then succeeds once search is back', async () => {
		const fake = createFakeSearch();
		const e = await createEmployer(handle.db);
		const p = await createPosting(handle.db, e.id);
		fake.down = true;
		expect(await drainOnce(handle.db, fake)).toEqual({ processed: 0, failed: 1 });
		const [row] = await handle.db
			.select()
			.from(searchOutbox)
			.where(eq(searchOutbox.entityId, p.id));
		expect(row).toMatchObject({ attempts: 1, lastError: 'fake search is down' });
		expect(row!.availableAt.getTime()).toBeGreaterThan(Date.now());
		fake.down = false;
		await handle.db.update(searchOutbox).set({ availableAt: new Date(0) });
		expect(await drainOnce(handle.db, fake)).toEqual({ processed: 1, failed: 0 });
		expect(fake.docs('postings').map((d) => d.id)).toContain(p.id);
	});
});
