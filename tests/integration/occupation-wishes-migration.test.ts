import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@ronghe/db';
import { people } from '@ronghe/db/schema';
import { createPersonRow, seedReference } from '../fixtures/factories.js';
import { createLaneDb } from '../support/db.js';

/** The data step of migration 0018, run again over wishes stored as words before it. */
async function runDataStep(handle: DbHandle) {
	const dir = fileURLToPath(new URL('../../db/migrations/', import.meta.url));
	const file = readdirSync(dir).find((f) => f.endsWith('_occupation_wishes.sql'))!;
	const [, ...statements] = readFileSync(dir + file, 'utf8').split('--> statement-breakpoint');
	for (const s of statements) await handle.db.execute(sql.raw(s));
}

describe('migration 0018: occupation wishes become codes', () => {
	let handle: DbHandle;
	beforeAll(async () => {
		handle = await createLaneDb();
		await seedReference(handle.db);
	});
	afterAll(async () => {
		await handle.close();
	});

	it('maps names and aliases to codes and keeps the other words as a note', async () => {
		const words = await createPersonRow(handle.db, {
			desiredOccupations: ['盲人按摩', '电商客服', '调律师', 'X-BJY', '想离家近一点'],
		});
		const none = await createPersonRow(handle.db, { desiredOccupations: [] });
		await runDataStep(handle);
		const read = async (id: string) =>
			(await handle.db.select().from(people).where(eq(people.id, id)))[0]!;
		const after = await read(words.id);
		// 盲人按摩 is an alias of both massage occupations
		expect(after.desiredOccupations).toEqual(['4-10-04-02', 'X-YLMA', '4-01-02-02', 'X-BJY']);
		expect(after.desiredOccupationsNote).toBe('调律师、想离家近一点');
		expect((await read(none.id)).desiredOccupations).toEqual([]);
		// running it again changes nothing: codes map to themselves
		await runDataStep(handle);
		expect((await read(words.id)).desiredOccupations).toEqual(after.desiredOccupations);
	});
});
