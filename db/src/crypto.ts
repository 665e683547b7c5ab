import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Field-level encryption for identifiers (ID and certificate numbers): AES-256-GCM for the
 * value, and an HMAC-SHA256 under a separate derived key for exact look-up and de-duplication.
 * `keyId` names the data key (derived from it, so it reveals nothing): new ciphertexts carry it
 * as `v2.<keyId>:iv:tag:body`, so a value sealed under another key is reported as such instead
 * of as a broken ciphertext. `v1:iv:tag:body` (no id) is still read, as sealed by this key.
 */
export type FieldCipher = {
	readonly keyId: string;
	encrypt(plain: string): string;
	decrypt(sealed: string): string;
	hash(plain: string): string;
};

/** A short public name of a data key: the first 8 hex digits of a value derived from it. */
export function dataKeyId(masterKey: Buffer): string {
	return Buffer.from(hkdfSync('sha256', masterKey, '', 'ronghe-key-id-v1', 4)).toString('hex');
}

/**
 * The key check value stored in the database: derived from the key under its own label, so it
 * proves which key is meant without revealing it or the encryption and hash keys.
 */
export function dataKeyCheck(masterKey: Buffer): string {
	return Buffer.from(hkdfSync('sha256', masterKey, '', 'ronghe-key-check-v1', 32)).toString('hex');
}

export function createFieldCipher(masterKey: Buffer): FieldCipher {
	if (masterKey.length !== 32) throw new Error('数据密钥必须是 32 字节（256 位）。');
	const encKey = Buffer.from(hkdfSync('sha256', masterKey, '', 'ronghe-field-enc-v1', 32));
	const macKey = Buffer.from(hkdfSync('sha256', masterKey, '', 'ronghe-field-mac-v1', 32));
	const keyId = dataKeyId(masterKey);
	const v2 = `v2.${keyId}`;
	return {
		keyId,
		encrypt(plain) {
			const iv = randomBytes(12);
			const cipher = createCipheriv('aes-256-gcm', encKey, iv);
			// the key id is authenticated too, so it cannot be swapped for another one
			cipher.setAAD(Buffer.from(v2));
			const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
			return [
				v2,
				iv.toString('base64'),
				cipher.getAuthTag().toString('base64'),
				body.toString('base64'),
			].join(':');
		},
		decrypt(sealed) {
			const [version, iv, tag, body] = sealed.split(':');
			// an empty value seals to an empty body
			if (!version || !iv || !tag || body === undefined) throw new Error('无法识别的密文格式。');
			if (version.startsWith('v2.') && version !== v2) {
				throw new Error(
					`该数据用另一把数据密钥（编号 ${version.slice(3)}）加密，当前密钥编号为 ${keyId}。`,
				);
			}
			if (version !== v2 && version !== 'v1') throw new Error('无法识别的密文格式。');
			const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64'));
			if (version === v2) decipher.setAAD(Buffer.from(v2));
			decipher.setAuthTag(Buffer.from(tag, 'base64'));
			return Buffer.concat([
				decipher.update(Buffer.from(body, 'base64')),
				decipher.final(),
			]).toString('utf8');
		},
		hash(plain) {
			return createHmac('sha256', macKey).update(plain, 'utf8').digest('hex');
		},
	};
}

/** 140922********123X: keeps the region code and the last four characters of an ID number. */
export function maskIdentifier(value: string): string {
	if (value.length <= 10) return '*'.repeat(value.length);
	return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/**
 * 140922**********…: a certificate's last two digits are its category and level, which are
 * sensitive themselves, so only the region code stays visible.
 */
export function maskCertificate(value: string): string {
	return value.slice(0, 6) + '*'.repeat(Math.max(0, value.length - 6));
}

/** 139****5678; an empty phone stays empty. */
export function maskPhone(value: string): string {
	return value ? `${value.slice(0, 3)}****${value.slice(-4)}` : '';
}
