import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@ronghe/db';
import { createScratchDatabase } from '../support/db.js';

/**
 * A PostgreSQL backend that dies under a transaction (a restart, an operator's
 * pg_terminate_backend) must cost that transaction only. postgres.js 3.4.9 wrote the
 * transaction's own ROLLBACK to the closed socket from a timer, a TypeError nothing could
 * catch, which ended the whole API process (docs/reliability.md, "PostgreSQL restarts");
 * patches/postgres@3.4.9.patch settles that write with CONNECTION_CLOSED instead.
 */
describe('a database connection lost under a transaction', () => {
	let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
	let app: DbHandle;
	let operator: DbHandle;
	beforeAll(async () => {
		scratch = await createScratchDatabase('connloss');
		app = createDb({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 2 });
		operator = createDb({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 1 });
	});
	afterAll(async () => {
		await app.close();
		await operator.close();
		await scratch.drop();
	});

	it('fails that transaction with an error the caller can catch, and the next query works', async () => {
		const crashes: unknown[] = [];
		const onCrash = (err: unknown) => crashes.push(err);
		process.on('uncaughtException', onCrash);
		try {
			for (let round = 0; round < 2; round++) {
				let pid: number | undefined;
				const tx = app.db.transaction(async (t) => {
					const rows = (await t.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
						pid: number;
					}[];
					pid = rows[0]!.pid;
					await t.execute(sql`select pg_sleep(5)`);
				});
				while (pid === undefined) await new Promise((r) => setTimeout(r, 20));
				await operator.db.execute(sql`select pg_terminate_backend(${pid})`);
				await expect(tx).rejects.toThrow();
				// the timer that used to throw runs on the next turn of the event loop
				await new Promise((r) => setTimeout(r, 100));
				expect(crashes).toEqual([]);
				const rows = (await app.db.execute(sql`select 1 as one`)) as unknown as { one: number }[];
				expect(rows[0]!.one).toBe(1);
			}
		} finally {
			process.off('uncaughtException', onCrash);
		}
	});

	it('lets a query that waited for the same connection go ahead after the reconnect', async () => {
		// one connection: the second query waits behind the transaction, then gets the
		// connection back when its backend dies; the transaction's ROLLBACK must not take it down
		const single = createDb({ databaseUrl: scratch.url, dataDir: 'unused', poolSize: 1 });
		try {
			let pid: number | undefined;
			const tx = single.db.transaction(async (t) => {
				const rows = (await t.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
					pid: number;
				}[];
				pid = rows[0]!.pid;
				await t.execute(sql`select pg_sleep(5)`);
			});
			while (pid === undefined) await new Promise((r) => setTimeout(r, 20));
			const waiting = single.db.execute(sql`select 2 as two`);
			await operator.db.execute(sql`select pg_terminate_backend(${pid})`);
			await expect(tx).rejects.toThrow();
			const rows = (await waiting) as unknown as { two: number }[];
			expect(rows[0]!.two).toBe(2);
		} finally {
			await single.close();
		}
	});
});
