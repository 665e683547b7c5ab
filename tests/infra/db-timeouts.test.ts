import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@ronghe/db';
import { createScratchDatabase } from '../support/db.js';

describe("statement_timeout on the app's PostgreSQL connections", () => {
	let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
	const handles: DbHandle[] = [];
	beforeAll(async () => {
		scratch = await createScratchDatabase('timeout');
	});
	afterAll(async () => {
		for (const h of handles) await h.close();
		await scratch.drop();
	});
	const open = (statementTimeoutMs?: number) => {
		const h = createDb({
			databaseUrl: scratch.url,
			dataDir: 'unused',
			poolSize: 2,
			statementTimeoutMs,
		});
		handles.push(h);
		return h;
	};

	it('has a 30 s limit on every connection by default', async () => {
		const h = open();
		const rows = (await h.db.execute(sql`show statement_timeout`)) as unknown as {
			statement_timeout: string;
		}[];
		expect(rows[0]!.statement_timeout).toBe('30s');
	});

	it('cancels a statement that runs past the limit, and the pool keeps working', async () => {
		const h = open(300);
		const started = Date.now();
		await expect(h.db.execute(sql`select pg_sleep(5)`)).rejects.toThrow();
		expect(Date.now() - started).toBeLessThan(3000);
		expect(await h.ping()).toBe(true);
	});

	it('runs migrations without the limit', async () => {
		// 1 ms: any statement of the migrations would be cancelled if the limit applied to them
		await open(1).migrate();
		const rows = (await open().db.execute(
			sql`select count(*)::int as n from pg_tables where schemaname = 'public'`,
		)) as unknown as { n: number }[];
		expect(rows[0]!.n).toBeGreaterThan(5);
	});
});
