import { eq, isNotNull } from 'drizzle-orm';
import type { Db } from './client.js';
import { createFieldCipher, dataKeyCheck, dataKeyId } from './crypto.js';
import { instanceState } from './schema/instance.js';
import { employerDisabledEmployees } from './schema/levy.js';
import { people } from './schema/people.js';

/** What `instance_state.data_key` holds: the id and check value of the key in use. */
export type StoredKeyCheck = { keyId: string; check: string };

/** What `instance_state.demo` holds: when the platform filled this database with demo data. */
export type DemoMarker = { seededAt: string; personId: string | null; employerId: string | null };

/** A start refused because the data key is not the one the data was encrypted with. */
export class DataKeyMismatchError extends Error {
	override name = 'DataKeyMismatchError';
}

async function readState<T>(db: Db, key: string): Promise<T | undefined> {
	const [row] = await db
		.select({ value: instanceState.value })
		.from(instanceState)
		.where(eq(instanceState.key, key));
	return row?.value as T | undefined;
}

export async function writeState(db: Db, key: string, value: unknown): Promise<void> {
	await db
		.insert(instanceState)
		.values({ key, value })
		.onConflictDoUpdate({ target: instanceState.key, set: { value, updatedAt: new Date() } });
}

export const readKeyCheck = (db: Db) => readState<StoredKeyCheck>(db, 'data_key');
export const readDemoMarker = (db: Db) => readState<DemoMarker>(db, 'demo');
export const markDemoDatabase = (db: Db, marker: DemoMarker) => writeState(db, 'demo', marker);

function mismatch(current: string, stored: string): DataKeyMismatchError {
	return new DataKeyMismatchError(
		[
			`数据密钥与数据库不符：当前密钥（编号 ${current}）不是加密这份数据时使用的密钥（编号 ${stored}）。`,
			'用错误的密钥运行会让身份证号、残疾人证号无法解密，查重也会失效，因此拒绝运行。',
			'请设置正确的 RONGHE_DATA_KEY（未设置时使用数据目录里的 data.key）；更换密钥请用 pnpm data-key:rotate。',
		].join('\n'),
	);
}

/**
 * Refuses a data key that is not the one this database's identifiers were sealed with. A database
 * without a stored check (new, or from before the check existed) adopts the key, but only after
 * one stored identifier decrypts with it, so a wrong key is not adopted either.
 */
export async function verifyDataKey(db: Db, key: Buffer): Promise<'matched' | 'adopted'> {
	const current = { keyId: dataKeyId(key), check: dataKeyCheck(key) };
	const stored = await readKeyCheck(db);
	if (stored) {
		if (stored.check !== current.check) throw mismatch(current.keyId, stored.keyId);
		return 'matched';
	}
	const sample = await sampleCiphertext(db);
	if (sample !== undefined) {
		try {
			createFieldCipher(key).decrypt(sample);
		} catch {
			throw mismatch(current.keyId, '未记录');
		}
	}
	await db.insert(instanceState).values({ key: 'data_key', value: current }).onConflictDoNothing();
	// another process may have adopted a different key at the same moment
	const now = await readKeyCheck(db);
	if (now && now.check !== current.check) throw mismatch(current.keyId, now.keyId);
	return 'adopted';
}

async function sampleCiphertext(db: Db): Promise<string | undefined> {
	const [person] = await db.select({ v: people.idNumberEnc }).from(people).limit(1);
	if (person) return person.v;
	const [row] = await db
		.select({ v: employerDisabledEmployees.certificateNumberEnc })
		.from(employerDisabledEmployees)
		.where(isNotNull(employerDisabledEmployees.certificateNumberEnc))
		.limit(1);
	return row?.v ?? undefined;
}
