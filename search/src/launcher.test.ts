import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	MEILI_SHA256,
	NO_BINARY_MESSAGE,
	packagedBinary,
	sha256File,
	startEmbeddedMeilisearch,
} from './launcher.js';

describe('the bundled Meilisearch binary', () => {
	it('is the reviewed release (sha256 matches)', async () => {
		const bin = packagedBinary();
		expect(bin, 'this test machine is linux x64 and must have the binary').toBeTruthy();
		expect(await sha256File(bin!)).toBe(MEILI_SHA256);
	});

	it('hashes a file as sha256sum does', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronghe-sha-'));
		try {
			writeFileSync(join(dir, 'f'), 'abc');
			expect(await sha256File(join(dir, 'f'))).toBe(
				'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('fails with one sentence naming MEILI_URL on a platform without the binary', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronghe-nobin-'));
		const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
		Object.defineProperty(process, 'platform', { value: 'darwin' });
		try {
			await expect(
				startEmbeddedMeilisearch({ dataDir: dir, log: { info() {}, warn() {} } }),
			).rejects.toThrow(NO_BINARY_MESSAGE);
			expect(NO_BINARY_MESSAGE).toMatch(/MEILI_URL/);
		} finally {
			Object.defineProperty(process, 'platform', platform);
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
