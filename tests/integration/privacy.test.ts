import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, LOG_REDACT, LOG_SERIALIZERS, type App } from '@ronghe/api/app';
import type { DbHandle } from '@ronghe/db';
import { createTestCipher } from '@ronghe/db/testing';
import { drainOnce } from '@ronghe/search';
import { createFakeSearch } from '@ronghe/search/testing';
import { createUser, seedReference } from '../fixtures/factories.js';
import { createLaneDb } from '../support/db.js';

// Valid synthetic numbers (docs/domain.md#id-number): the check characters are right.
const PEOPLE = [
	{ idNumber: '140922199001011238', certificateNumber: '14092219900101123841' },
	{ idNumber: '11010519491231002X', certificateNumber: '11010519491231002X22' },
];
const NEEDLES = PEOPLE.flatMap((p) => [p.idNumber, p.certificateNumber]);

/**
 * Registers people through the API with a logger at trace level, then looks for the plain ID and
 * certificate numbers in every text column of every table, in the logs and in the search index.
 */
describe('no ID or certificate number in plain text', () => {
	let handle: DbHandle;
	let app: App;
	const search = createFakeSearch();
	const logLines: string[] = [];
	beforeAll(async () => {
		handle = await createLaneDb();
		await seedReference(handle.db);
		const stream = new Writable({
			write(chunk: Buffer, _enc, done) {
				logLines.push(chunk.toString('utf8'));
				done();
			},
		});
		app = await buildApp({
			db: handle.db,
			pingDb: handle.ping,
			search,
			version: '0.0.0-test',
			cipher: createTestCipher(),
			logger: { level: 'trace', stream, redact: LOG_REDACT, serializers: LOG_SERIALIZERS },
			// every answer counts as slow here, so the slow-request warning is checked too
			slowRequestMs: 0,
		});
		await app.ready();
		const staff = await createUser(handle.db, 'federation');
		const auth = `Bearer ${await staff.newSession()}`;
		const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
			app.inject({ method, url, payload, headers: { authorization: auth } });
		const base = { townshipCode: '140922100', householdType: 'agricultural' };
		for (const [i, p] of PEOPLE.entries()) {
			const body = { ...base, ...p, fullName: `隐私测试${i}`, consentDisabilityData: true };
			const res = await call('POST', '/api/people', body);
			expect(res.statusCode).toBe(201);
			// a retry, a wrong check character and a search by number all reach the logs too
			expect((await call('POST', '/api/people', body)).statusCode).toBe(409);
			const wrong = { ...body, idNumber: `${p.idNumber.slice(0, 17)}0` };
			expect((await call('POST', '/api/people', wrong)).statusCode).toBe(400);
			const found = await call('GET', `/api/people?q=${p.idNumber}`);
			expect(found.json().items.map((x: { id: string }) => x.id)).toEqual([res.json().id]);
			expect((await call('POST', `/api/people/${res.json().id}/unmask`)).statusCode).toBe(200);
		}
		await drainOnce(handle.db, search);
	});
	afterAll(async () => {
		await app.close();
		await handle.close();
	});

	it('stores none in any text, array or jsonb column of any table', async () => {
		// postgres.js returns the rows themselves, PGlite an object holding them
		const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? r : (r as { rows: T[] }).rows);
		const rows = rowsOf<{ table_name: string; column_name: string }>(
			await handle.db.execute(sql`
			select table_name, column_name from information_schema.columns
			where table_schema = 'public'
				and (data_type in ('text', 'character varying', 'jsonb', 'json') or udt_name in ('_text', '_varchar'))
		`),
		);
		expect(rows.map((r) => `${r.table_name}.${r.column_name}`)).toContain('people.id_number_enc');
		const found: string[] = [];
		for (const { table_name, column_name } of rows) {
			for (const needle of NEEDLES) {
				const res = rowsOf<{ n: number }>(
					await handle.db.execute(
						sql`select count(*)::int as n from ${sql.identifier(table_name)}
						where ${sql.identifier(column_name)}::text like ${`%${needle}%`}`,
					),
				);
				if (Number(res[0]!.n) > 0) found.push(`${table_name}.${column_name}`);
			}
		}
		expect(found).toEqual([]);
	});

	it('writes none to the logs', () => {
		expect(logLines.length).toBeGreaterThan(10);
		const log = logLines.join('');
		for (const needle of NEEDLES) expect(log).not.toContain(needle);
	});

	it('names a slow search by its route, without the number searched for', () => {
		const slow = logLines
			.map((l) => JSON.parse(l) as { msg: string; route?: string; level: number })
			.filter((l) => l.msg === 'slow request');
		expect(slow.map((l) => l.route)).toContain('GET /api/people');
		expect(slow.every((l) => l.level === 40)).toBe(true);
	});

	it('sends none to the search index', () => {
		const docs = JSON.stringify([...search.indexes.entries()].map(([, m]) => [...m.values()]));
		for (const needle of NEEDLES) expect(docs).not.toContain(needle);
	});
});
