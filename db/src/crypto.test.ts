import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFieldCipher, maskCertificate, maskIdentifier, maskPhone } from './crypto.js';
import { loadDataKey } from './data-key.js';

describe('createFieldCipher', () => {
	const cipher = createFieldCipher(randomBytes(32));

	it('round-trips a value and never stores it in the clear', () => {
		const sealed = cipher.encrypt('14092219900101123841');
		expect(sealed).not.toContain('1409221990');
		expect(cipher.decrypt(sealed)).toBe('14092219900101123841');
		expect(cipher.encrypt('14092219900101123841')).not.toBe(sealed);
	});

	it('detects a tampered ciphertext', () => {
		const [v, iv, tag, body] = cipher.encrypt('140922199001011238').split(':');
		const flipped = Buffer.from(body!, 'base64');
		flipped[0] = flipped[0]! ^ 1;
		expect(() => cipher.decrypt([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow();
	});

	it('names the key in the ciphertext and says so when another key sealed it', () => {
		const other = createFieldCipher(randomBytes(32));
		const sealed = other.encrypt('140922199001011238');
		expect(sealed.startsWith(`v2.${other.keyId}:`)).toBe(true);
		expect(() => cipher.decrypt(sealed)).toThrow(`另一把数据密钥（编号 ${other.keyId}）`);
		// the key id is authenticated: relabelled with this key's id it does not open either
		expect(() => cipher.decrypt(sealed.replace(other.keyId, cipher.keyId))).toThrow();
	});

	it('still reads values sealed before key ids (v1), under the same key', () => {
		const key = randomBytes(32);
		const encKey = Buffer.from(hkdfSync('sha256', key, '', 'ronghe-field-enc-v1', 32));
		const iv = randomBytes(12);
		const c = createCipheriv('aes-256-gcm', encKey, iv);
		const body = Buffer.concat([c.update('140922199001011238', 'utf8'), c.final()]);
		const v1 = ['v1', ...[iv, c.getAuthTag(), body].map((b) => b.toString('base64'))].join(':');
		expect(createFieldCipher(key).decrypt(v1)).toBe('140922199001011238');
	});

	it('gives the same keyed hash for the same value and a different one under another key', () => {
		expect(cipher.hash('140922199001011238')).toBe(cipher.hash('140922199001011238'));
		expect(createFieldCipher(randomBytes(32)).hash('140922199001011238')).not.toBe(
			cipher.hash('140922199001011238'),
		);
	});
});

describe('maskIdentifier', () => {
	it('keeps the region code and the last four characters', () => {
		expect(maskIdentifier('14092219900101123X')).toBe('140922********123X');
	});

	it('shows only the first three and last four digits of a phone', () => {
		expect(maskPhone('13912345678')).toBe('139****5678');
		expect(maskPhone('')).toBe('');
	});

	it('hides a certificate number down to its region, so category and level do not show', () => {
		expect(maskCertificate('14092219900101123841')).toBe('140922**************');
	});
});

describe('loadDataKey', () => {
	it('generates a key once into the data folder, readable only by the owner', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronghe-key-'));
		try {
			const a = loadDataKey({ dataDir: dir });
			const b = loadDataKey({ dataDir: dir });
			expect(a.equals(b)).toBe(true);
			expect(statSync(join(dir, 'data.key')).mode & 0o777).toBe(0o600);
			expect(readFileSync(join(dir, 'data.key'), 'utf8').trim()).toBe(a.toString('base64'));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('takes a hex or base64 key from the environment and rejects a short one', () => {
		const key = randomBytes(32);
		expect(loadDataKey({ dataKey: key.toString('hex'), dataDir: '/nonexistent' }).equals(key)).toBe(
			true,
		);
		expect(
			loadDataKey({ dataKey: key.toString('base64'), dataDir: '/nonexistent' }).equals(key),
		).toBe(true);
		expect(() => loadDataKey({ dataKey: 'c2hvcnQ=', dataDir: '/nonexistent' })).toThrow(/32 字节/);
	});
});
