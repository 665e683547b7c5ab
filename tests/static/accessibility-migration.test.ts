import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEGACY_ACCOMMODATION_CODES, LEGACY_CERTIFICATE_CODES } from '@ronghe/contracts';
import { OCCUPATIONS } from '../../db/src/reference/occupations.js';

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

	it('maps every occupation name and alias of the reference table to its code', () => {
		const dir = fileURLToPath(new URL('../../db/migrations/', import.meta.url));
		const file = readdirSync(dir).find((f) => f.endsWith('_occupation_wishes.sql'));
		expect(file).toBeDefined();
		const sql = readFileSync(dir + file, 'utf8');
		const pairs = [...sql.matchAll(/\('([^']+)', '((?:\d-\d{2}-\d{2}-\d{2}|X-[A-Z]+))'\)/g)].map(
			(m) => `${m[1]}→${m[2]}`,
		);
		const expected = OCCUPATIONS.flatMap((o) =>
			[o.name, ...(o.aliases ?? [])].map((w) => `${w}→${o.code}`),
		);
		expect(pairs.sort()).toEqual(expected.sort());
	});
});
