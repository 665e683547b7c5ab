import { asc, gt, sql } from 'drizzle-orm';
import { normalizeIdentifier } from '@ronghe/contracts';
import type { Db } from './client.js';
import { createFieldCipher, dataKeyCheck, dataKeyId } from './crypto.js';
import { verifyDataKey, writeState } from './instance.js';
import { employerDisabledEmployees } from './schema/levy.js';
import { people } from './schema/people.js';

export type RotationCounts = {
	people: number;
	rosterRows: number;
	/**
	 * roster rows from before their ID number was stored (a 残疾军人证 of someone outside the
	 * registry) whose keyed hash could not be recomputed: now empty, so the employer must save
	 * the row again for it to be checked for 挂靠
	 */
	rosterHashesCleared: number;
};

const BATCH = 1000;

/**
 * Re-encrypts every encrypted identifier and recomputes every keyed hash under `newKey`, then
 * stores the new key's check value, all in one transaction: the database is either wholly under
 * the old key or wholly under the new one, so an interrupted rotation leaves the old key valid.
 * Run with the platform stopped; a running server would keep sealing new values with the old key.
 */
export async function rotateDataKey(
	db: Db,
	oldKey: Buffer,
	newKey: Buffer,
	onProgress: (table: string, done: number) => void = () => {},
): Promise<RotationCounts> {
	if (oldKey.equals(newKey)) throw new Error('新密钥与当前密钥相同。');
	const from = createFieldCipher(oldKey);
	const to = createFieldCipher(newKey);
	return db.transaction(async (tx) => {
		await verifyDataKey(tx, oldKey);
		const counts: RotationCounts = { people: 0, rosterRows: 0, rosterHashesCleared: 0 };
		// old hash → new hash of every registry ID number, for roster rows that store no ID number
		// of their own (残疾军人证) but name someone in the registry
		const rehashed = new Map<string, string>();
		for (let after = ''; ;) {
			const rows = await tx
				.select({
					id: people.id,
					idNumberEnc: people.idNumberEnc,
					idNumberHash: people.idNumberHash,
					certificateNumberEnc: people.certificateNumberEnc,
				})
				.from(people)
				.where(after ? gt(people.id, after) : undefined)
				.orderBy(asc(people.id))
				.limit(BATCH);
			if (!rows.length) break;
			const values = rows.map((r) => {
				const idNumber = from.decrypt(r.idNumberEnc);
				const hash = to.hash(idNumber);
				rehashed.set(r.idNumberHash, hash);
				const cert = r.certificateNumberEnc
					? to.encrypt(from.decrypt(r.certificateNumberEnc))
					: null;
				return sql`(${r.id}::uuid, ${to.encrypt(idNumber)}, ${hash}, ${cert})`;
			});
			await tx.execute(sql`
				update people as p
				set id_number_enc = v.enc, id_number_hash = v.hash, certificate_number_enc = v.cert
				from (values ${sql.join(values, sql`, `)}) as v(id, enc, hash, cert)
				where p.id = v.id`);
			counts.people += rows.length;
			onProgress('people', counts.people);
			after = rows.at(-1)!.id;
		}
		const roster = employerDisabledEmployees;
		for (let after = ''; ;) {
			const rows = await tx
				.select({
					id: roster.id,
					certificateNumberEnc: roster.certificateNumberEnc,
					idNumberEnc: roster.idNumberEnc,
					idNumberHash: roster.idNumberHash,
				})
				.from(roster)
				.where(after ? gt(roster.id, after) : undefined)
				.orderBy(asc(roster.id))
				.limit(BATCH);
			if (!rows.length) break;
			const values = rows.map((r) => {
				const number = r.certificateNumberEnc ? from.decrypt(r.certificateNumberEnc) : null;
				let idNumber = r.idNumberEnc ? from.decrypt(r.idNumberEnc) : null;
				let hash: string | null = null;
				if (r.idNumberHash) {
					// rows from before the ID number was stored: a 残疾人证号 begins with it (the old
					// hash confirms it is the one that was hashed), or the registry has it
					const idPart = number ? normalizeIdentifier(number).slice(0, 18) : '';
					if (!idNumber && idPart && from.hash(idPart) === r.idNumberHash) idNumber = idPart;
					hash = idNumber ? to.hash(idNumber) : (rehashed.get(r.idNumberHash) ?? null);
					if (!hash) counts.rosterHashesCleared++;
				}
				const enc = number === null ? null : to.encrypt(number);
				const idEnc = idNumber === null ? null : to.encrypt(idNumber);
				return sql`(${r.id}::uuid, ${enc}, ${idEnc}, ${hash})`;
			});
			await tx.execute(sql`
				update employer_disabled_employees as e
				set certificate_number_enc = v.enc, id_number_enc = v.id_enc, id_number_hash = v.hash
				from (values ${sql.join(values, sql`, `)}) as v(id, enc, id_enc, hash)
				where e.id = v.id`);
			counts.rosterRows += rows.length;
			onProgress('employer_disabled_employees', counts.rosterRows);
			after = rows.at(-1)!.id;
		}
		await writeState(tx, 'data_key', { keyId: dataKeyId(newKey), check: dataKeyCheck(newKey) });
		return counts;
	});
}
