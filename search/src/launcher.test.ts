import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEILI_SHA256, packagedBinary, sha256File } from './launcher.js';

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
});
