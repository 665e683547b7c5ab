import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@ronghe/api/app';
import {
	createDb,
	createFieldCipher,
	DataKeyMismatchError,
	readKeyCheck,
	verifyDataKey,
	type DbHandle,
} from '@ronghe/db';
import { backupDatabase, restoreDatabase } from '@ronghe/db/backup';
import { seedDemo } from '@ronghe/db/demo';
import { rotateDataKey } from '@ronghe/db/key-rotation';
import { employerDisabledEmployees, employers, people, postings } from '@ronghe/db/schema';
import { createFakeSearch } from '@ronghe/search/testing';
import { createUser, seedReference } from '../fixtures/factories.js';
import { createLaneDb } from '../support/db.js';

const SMALL = { seekers: 15, employers: 10, postings: 5, courses: 1 };
const SEEKER = {
	fullName: '王小明',
	idNumber: '140922199001011238',
	certificateNumber: '14092219900101123841',
	townshipCode: '140922100',
	village: '东街村',
	phone: '13912345678',
	householdType: 'agricultural',
	consentDisabilityData: true,
};

/** Registers SEEKER through the API, as county staff, with the given key. */
async function register(handle: DbHandle, key: Buffer) {
	const app = await buildApp({
		db: handle.db,
		pingDb: handle.ping,
		search: createFakeSearch(),
		version: '0.0.0-test',
		cipher: createFieldCipher(key),
	});
	try {
		const staff = await createUser(handle.db, 'federation');
		return await app.inject({
			method: 'POST',
			url: '/api/people',
			payload: SEEKER,
			headers: { authorization: `Bearer ${await staff.newSession()}` },
		});
	} finally {
		await app.close();
	}
}

const keyText = (key: Buffer) => [key.toString('base64'), key.toString('hex')];

describe('the data key check', () => {
	let handle: DbHandle;
	const keyA = randomBytes(32);
	const keyB = randomBytes(32);
	beforeAll(async () => {
		handle = await createLaneDb();
		await seedReference(handle.db);
		await seedDemo(handle.db, { ...SMALL, cipher: createFieldCipher(keyA) });
	});
	afterAll(() => handle.close());

	it('refuses a wrong key on a database from before the check, and does not adopt it', async () => {
		const refused = await verifyDataKey(handle.db, keyB).catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(DataKeyMismatchError);
		expect(await readKeyCheck(handle.db)).toBeUndefined();
	});

	it('adopts the right key, then refuses any other with a message that names the problem, not the key', async () => {
		expect(await verifyDataKey(handle.db, keyA)).toBe('adopted');
		expect(await verifyDataKey(handle.db, keyA)).toBe('matched');
		const refused = (await verifyDataKey(handle.db, keyB).catch((e: unknown) => e)) as Error;
		expect(refused).toBeInstanceOf(DataKeyMismatchError);
		expect(refused.message).toContain('数据密钥与数据库不符');
		for (const text of [...keyText(keyA), ...keyText(keyB)])
			expect(refused.message).not.toContain(text);
	});

	it('rotates: every identifier re-encrypted and re-hashed, the new key starts, de-duplication still matches', async () => {
		expect((await register(handle, keyA)).statusCode).toBe(201);
		const [roster] = await handle.db
			.select({ n: count() })
			.from(employerDisabledEmployees)
			.where(isNotNull(employerDisabledEmployees.idNumberHash));
		expect(roster!.n).toBeGreaterThan(0);

		const counts = await rotateDataKey(handle.db, keyA, keyB);
		expect(counts.people).toBe(SMALL.seekers + 1);
		expect(counts.rosterHashesCleared).toBe(0);

		await expect(verifyDataKey(handle.db, keyA)).rejects.toBeInstanceOf(DataKeyMismatchError);
		expect(await verifyDataKey(handle.db, keyB)).toBe('matched');
		const b = createFieldCipher(keyB);
		const a = createFieldCipher(keyA);
		for (const p of await handle.db.select().from(people)) {
			expect(p.idNumberEnc.startsWith(`v2.${b.keyId}:`)).toBe(true);
			expect(() => a.decrypt(p.idNumberEnc)).toThrow();
			expect(p.idNumberHash).toBe(b.hash(b.decrypt(p.idNumberEnc)));
			if (p.certificateNumberEnc) expect(b.decrypt(p.certificateNumberEnc)).toMatch(/^\d{17}/);
		}
		for (const r of await handle.db.select().from(employerDisabledEmployees)) {
			if (r.certificateNumberEnc) b.decrypt(r.certificateNumberEnc);
			const number = r.certificateNumberEnc ? b.decrypt(r.certificateNumberEnc) : '';
			if (r.certificateKind === 'disability' && r.idNumberHash)
				expect(r.idNumberHash).toBe(b.hash(number.slice(0, 18)));
		}
		// the same ID number registered again under the new key is recognised as the same person
		const again = await register(handle, keyB);
		expect(again.statusCode).toBe(409);
		expect(again.json()).toMatchObject({ code: 'person_exists' });
	});
});

describe('backup and restore of the embedded database', () => {
	const root = mkdtempSync(join(tmpdir(), 'ronghe-backup-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const key = randomBytes(32);

	it('restores into a fresh data folder with the same rows, and refuses another key first', async () => {
		const source = { dataDir: join(root, 'source') };
		const first = createDb(source);
		await first.migrate();
		await seedReference(first.db);
		await seedDemo(first.db, { ...SMALL, cipher: createFieldCipher(key) });
		const snapshot = async (h: DbHandle) => ({
			people: await h.db.select().from(people).orderBy(people.id),
			employers: (await h.db.select({ n: count() }).from(employers))[0]!.n,
			postings: (await h.db.select({ n: count() }).from(postings))[0]!.n,
		});
		const before = await snapshot(first);
		await first.close();

		const file = join(root, 'ronghe.backup');
		await backupDatabase(source, key, file);

		const target = { dataDir: join(root, 'target') };
		await expect(restoreDatabase(target, randomBytes(32), file)).rejects.toBeInstanceOf(
			DataKeyMismatchError,
		);
		expect(existsSync(join(target.dataDir, 'pglite'))).toBe(false);

		await restoreDatabase(target, key, file);
		const restored = createDb(target);
		try {
			expect(await snapshot(restored)).toEqual(before);
			expect(await verifyDataKey(restored.db, key)).toBe('matched');
			const [p] = await restored.db
				.select()
				.from(people)
				.where(eq(people.id, before.people[0]!.id));
			expect(createFieldCipher(key).decrypt(p!.idNumberEnc)).toMatch(/^140922/);
		} finally {
			await restored.close();
		}
		// a second restore into the same folder would overwrite it: refused
		await expect(restoreDatabase(target, key, file)).rejects.toThrow(/已有数据库/);
	}, 180_000);
});
