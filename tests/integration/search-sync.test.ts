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
		// only public posting facts: nothing about any person ever reaches the index
		expect(Object.keys(doc!).sort()).toEqual([
			'acceptedCategories',
			'acceptedLevels',
			'accommodations',
			'closingDay',
			'description',
			'employerAccessibility',
			'employerName',
			'fairIds',
			'id',
			'occupationAliases',
			'occupationName',
			'payMax',
			'payMin',
			'pinyin',
			'pinyinInitials',
			'postType',
			'publishedAt',
			'socialInsurance',
			'title',
			'townshipCode',
			'townshipName',
			'workMode',
		]);
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
		expect(await drainOnce(handle.db, fake)).toEqual({ processed: 0, failed: 0 }); // backing off
		fake.down = false;
		await handle.db.update(searchOutbox).set({ availableAt: new Date(0) });
		expect(await drainOnce(handle.db, fake)).toEqual({ processed: 1, failed: 0 });
		expect(fake.docs('postings').map((d) => d.id)).toContain(p.id);
	});

	it('keeps a row that changed again while it was being applied, and applies the newer change next', async () => {
		const fake = createFakeSearch();
		const e = await createEmployer(handle.db);
		const p = await createPosting(handle.db, e.id);
		const upsert = fake.upsert;
		fake.upsert = async (uid, docs) => {
			await upsert(uid, docs);
			// the posting closes while its earlier version is being indexed
			await handle.db.transaction(async (tx) => {
				await tx.update(postings).set({ status: 'closed' }).where(eq(postings.id, p.id));
				await markDirty(tx, 'postings', p.id);
			});
			fake.upsert = upsert;
		};
		await drainOnce(handle.db, fake);
		expect(fake.docs('postings').map((d) => d.id)).toContain(p.id);
		expect(
			await handle.db.select().from(searchOutbox).where(eq(searchOutbox.entityId, p.id)),
		).toHaveLength(1);
		await drainOnce(handle.db, fake);
		expect(fake.docs('postings').map((d) => d.id)).not.toContain(p.id);
		expect(await handle.db.select().from(searchOutbox)).toHaveLength(0);
	});

	it('indexes the rest of a batch when one document is rejected', async () => {
		const fake = createFakeSearch();
		const e = await createEmployer(handle.db);
		const good = await createPosting(handle.db, e.id, { title: '好岗位' });
		const bad = await createPosting(handle.db, e.id, { title: '坏岗位' });
		const upsert = fake.upsert;
		fake.upsert = async (uid, docs) => {
			if (docs.some((d) => d.id === bad.id)) throw new Error('invalid document');
			await upsert(uid, docs);
		};
		expect(await drainOnce(handle.db, fake)).toEqual({ processed: 1, failed: 1 });
		expect(fake.docs('postings').map((d) => d.id)).toEqual([good.id]);
		const [row] = await handle.db.select().from(searchOutbox);
		expect(row).toMatchObject({ entityId: bad.id, attempts: 1, lastError: 'invalid document' });
	});
});
