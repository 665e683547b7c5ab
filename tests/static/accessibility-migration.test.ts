import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEGACY_ACCOMMODATION_CODES, LEGACY_CERTIFICATE_CODES } from '@ronghe/contracts';

describe('the accessibility codes migration', () => {
	it('migrates the stored words with the same table as the code', () => {
		const dir = fileURLToPath(new URL('../../db/migrations/', import.meta.url));
		const file = readdirSync(dir).find((f) => f.endsWith('_accessibility_codes.sql'));
		expect(file).toBeDefined();
		const sql = readFileSync(dir + file, 'utf8');
		const pairs = Object.fromEntries(
			[...sql.matchAll(/\('([^']+)', '([a-z_]+)'\)/g)].map((m) => [m[1], m[2]]),
		);
		expect(pairs).toEqual(LEGACY_ACCOMMODATION_CODES);
	});

	it('migrates the stored certificate names with the same table as the code', () => {
		const dir = fileURLToPath(new URL('../../db/migrations/', import.meta.url));
		const file = readdirSync(dir).find((f) => f.endsWith('_certificate_kinds.sql'));
		expect(file).toBeDefined();
		const sql = readFileSync(dir + file, 'utf8');
		const pairs = Object.fromEntries(
			[...sql.matchAll(/\('([^']+)', '([a-z_]+)'\)/g)].map((m) => [m[1], m[2]]),
		);
		expect(pairs).toEqual(LEGACY_CERTIFICATE_CODES);
	});
});
