import { hash, verify } from '@node-rs/argon2';
import { eq, inArray } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDemoMarker, type DbHandle } from '@ronghe/db';
import {
	DEMO_ACCOUNTS,
	DEMO_PASSWORD,
	findDemoAccounts,
	prepareDemoDatabase,
} from '@ronghe/db/demo';
import { employers, people, users } from '@ronghe/db/schema';
import { createTestCipher } from '@ronghe/db/testing';
import { createEmployer, createPersonRow, seedReference } from '../fixtures/factories.js';
import { createLaneDb } from '../support/db.js';

const SMALL = { seekers: 12, employers: 10, postings: 4, courses: 1 };
const demoPhones = DEMO_ACCOUNTS.map((a) => a.phone);
const demoUsers = (h: DbHandle) =>
	h.db.select().from(users).where(inArray(users.phone, demoPhones));
const start = (h: DbHandle) =>
	prepareDemoDatabase(h.db, {
		cipher: createTestCipher(),
		hashPassword: (p) => hash(p),
		now: new Date(),
		counts: SMALL,
	});

describe('demo logins at a development start', () => {
	let handle: DbHandle;
	// a fresh empty database for each start, made outside the test's own time limit
	beforeEach(async () => {
		handle = await createLaneDb();
	});
	afterEach(async () => {
		await handle.close();
	});

	it('are not created in a database holding real people and employers', async () => {
		await seedReference(handle.db);
		await createPersonRow(handle.db);
		await createEmployer(handle.db, { name: '真实单位' });

		expect(await start(handle)).toEqual({ seeded: false, demoLogins: false, realData: true });
		expect(await demoUsers(handle)).toEqual([]);
		expect(await readDemoMarker(handle.db)).toBeUndefined();
		// nor on a start after that
		expect((await start(handle)).demoLogins).toBe(false);
		expect(await demoUsers(handle)).toEqual([]);
	});

	it('are not created when the only data is a real account', async () => {
		await seedReference(handle.db);
		await handle.db.insert(users).values({
			phone: '13812345678',
			displayName: '系统管理员',
			role: 'admin',
			passwordHash: await hash('a-real-admin-password'),
		});
		expect(await start(handle)).toMatchObject({ seeded: false, demoLogins: false });
		expect(await demoUsers(handle)).toEqual([]);
		expect(await handle.db.select().from(people)).toEqual([]);
	});

	it('exist in the database the demo filled, on later starts too, linked only to demo records', async () => {
		expect(await start(handle)).toEqual({ seeded: true, demoLogins: true, realData: false });
		const marker = await readDemoMarker(handle.db);
		expect(marker?.personId).toBeTruthy();
		expect(marker?.employerId).toBeTruthy();
		const linked = async () => {
			const rows = await demoUsers(handle);
			return {
				count: rows.length,
				personId: rows.find((u) => u.role === 'seeker')?.personId,
				employerId: rows.find((u) => u.role === 'employer')?.employerId,
			};
		};
		expect(await linked()).toEqual({
			count: DEMO_ACCOUNTS.length,
			personId: marker!.personId,
			employerId: marker!.employerId,
		});

		// Real records added later come first by every order the old code linked by (earliest
		// created person, first approved private employer by name); a later start that re-creates
		// the demo logins still links them to the demo's own records.
		const real = await createPersonRow(handle.db, { createdAt: new Date('1990-01-01') });
		const realEmployer = await createEmployer(handle.db, { name: 'AAA 真实单位' });
		await handle.db.delete(users).where(inArray(users.phone, demoPhones));
		expect(await start(handle)).toEqual({ seeded: false, demoLogins: true, realData: false });
		const after = await linked();
		expect(after).toEqual({
			count: DEMO_ACCOUNTS.length,
			personId: marker!.personId,
			employerId: marker!.employerId,
		});
		expect(after.personId).not.toBe(real.id);
		expect(after.employerId).not.toBe(realEmployer.id);
		const [demoEmployer] = await handle.db
			.select({ name: employers.name })
			.from(employers)
			.where(eq(employers.id, marker!.employerId!));
		expect(demoEmployer?.name).not.toBe('AAA 真实单位');
	}, 120_000);

	it('are found while they still open with the demo password, and not once it is changed', async () => {
		await seedReference(handle.db);
		await handle.db
			.insert(users)
			.values(DEMO_ACCOUNTS.slice(0, 2).map((a) => ({ ...a, passwordHash: '' })));
		await handle.db
			.update(users)
			.set({ passwordHash: await hash(DEMO_PASSWORD) })
			.where(eq(users.phone, demoPhones[0]!));
		await handle.db
			.update(users)
			.set({ passwordHash: await hash('changed-by-the-county') })
			.where(eq(users.phone, demoPhones[1]!));
		const check = (stored: string, plain: string) => verify(stored, plain).catch(() => false);
		expect(await findDemoAccounts(handle.db, check)).toEqual([demoPhones[0]]);
	});
});
