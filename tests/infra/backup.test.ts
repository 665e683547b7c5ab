import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, createFieldCipher, verifyDataKey, type DbHandle } from '@ronghe/db';
import { seedDemo } from '@ronghe/db/demo';
import { employerDisabledEmployees, employers, people, postings } from '@ronghe/db/schema';
import { seedReference } from '../fixtures/factories.js';
import { createScratchDatabase } from '../support/db.js';
import { builtEntry, ROOT } from '../support/server.js';

/** `pnpm backup` and `pnpm restore` as an operator runs them, against PostgreSQL (pg_dump). */
describe('backup and restore on PostgreSQL', () => {
	const dir = mkdtempSync(join(tmpdir(), 'ronghe-pgbackup-'));
	const drops: (() => Promise<void>)[] = [];
	afterAll(async () => {
		for (const drop of drops) await drop();
		rmSync(dir, { recursive: true, force: true });
	});
	const cli = (name: 'backup' | 'restore', args: string[], env: NodeJS.ProcessEnv) =>
		spawnSync(process.execPath, [...builtEntry(name), ...args], {
			cwd: join(ROOT, 'db'),
			env: { PATH: process.env.PATH, INIT_CWD: dir, ...env },
			encoding: 'utf8',
		});
	const snapshot = async (h: DbHandle) => ({
		people: await h.db.select().from(people).orderBy(people.id),
		roster: await h.db
			.select()
			.from(employerDisabledEmployees)
			.orderBy(employerDisabledEmployees.id),
		employers: (await h.db.select({ n: count() }).from(employers))[0]!.n,
		postings: (await h.db.select({ n: count() }).from(postings))[0]!.n,
	});

	it('restores into a fresh database with the same rows; another key is refused first', async () => {
		const key = randomBytes(32);
		const source = await createScratchDatabase('bk');
		drops.push(source.drop);
		const first = createDb({ databaseUrl: source.url, dataDir: 'unused', poolSize: 2 });
		await first.migrate();
		await seedReference(first.db);
		await seedDemo(first.db, {
			cipher: createFieldCipher(key),
			seekers: 15,
			employers: 10,
			postings: 5,
			courses: 1,
		});
		await verifyDataKey(first.db, key);
		const before = await snapshot(first);
		await first.close();

		const backup = cli('backup', ['ronghe.backup'], {
			DATABASE_URL: source.url,
			RONGHE_DATA_KEY: key.toString('hex'),
		});
		expect(backup.stderr).toBe('');
		expect(backup.status).toBe(0);
		expect(backup.stdout).toContain('备份完成');

		const target = await createScratchDatabase('rs');
		drops.push(target.drop);
		const wrong = cli('restore', ['ronghe.backup'], {
			DATABASE_URL: target.url,
			RONGHE_DATA_KEY: randomBytes(32).toString('hex'),
		});
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toContain('拒绝恢复');
		const untouched = createDb({ databaseUrl: target.url, dataDir: 'unused', poolSize: 1 });
		const tables = (await untouched.db.execute(
			sql`select count(*)::int as n from pg_tables where schemaname = 'public'`,
		)) as unknown as { n: number }[];
		await untouched.close();
		expect(tables[0]!.n).toBe(0);

		const restore = cli('restore', ['ronghe.backup'], {
			DATABASE_URL: target.url,
			RONGHE_DATA_KEY: key.toString('hex'),
		});
		expect(restore.stderr).toBe('');
		expect(restore.status).toBe(0);
		const restored = createDb({ databaseUrl: target.url, dataDir: 'unused', poolSize: 2 });
		try {
			expect(await snapshot(restored)).toEqual(before);
			expect(await verifyDataKey(restored.db, key)).toBe('matched');
		} finally {
			await restored.close();
		}
	});
});
