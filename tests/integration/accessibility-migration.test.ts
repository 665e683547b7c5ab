import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '@ronghe/db';
import { postings, savedSearches } from '@ronghe/db/schema';
import { createEmployer, createPosting, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/** Runs the hand-written data part of a migration again, on rows the test wrote the old way. */
async function runDataMigration(db: Db, suffix: string) {
	const dir = fileURLToPath(new URL('../../db/migrations/', import.meta.url));
	const file = readdirSync(dir).find((f) => f.endsWith(suffix))!;
	const chunks = readFileSync(dir + file, 'utf8').split('--> statement-breakpoint');
	const from = chunks.findIndex((c) => c.includes('-- Data migration'));
	for (const c of chunks.slice(from)) await db.execute(sql.raw(c));
}

/**
 * The data part of the accessibility-codes migration, run again on rows written the old way
 * (Chinese words): they become vocabulary codes, unknown words move to the note.
 */
describe('migration: posting accommodations become vocabulary codes', () => {
	const t = useApi();

	it('maps known words, keeps unknown ones in accommodations_note, and fixes saved searches', async () => {
		const { db } = t.handle;
		const employer = await createEmployer(db);
		const old = await createPosting(db, employer.id, {
			accommodations: ['无障碍通道', '电梯', '门口有人接', 'lift', '文字沟通（微信、短信）'],
			requiredCertificates: ['盲人医疗按摩人员从事医疗按摩资格证书', '电工证', '健康证'],
		});
		const none = await createPosting(db, employer.id, { accommodations: [] });
		const { user } = await createUser(db, 'seeker');
		const [search] = await db
			.insert(savedSearches)
			.values({ userId: user.id, name: '读屏', query: { accommodations: ['读屏软件', '电梯'] } })
			.returning();

		await runDataMigration(db, '_accessibility_codes.sql');
		await runDataMigration(db, '_certificate_kinds.sql');

		const [row] = await db.select().from(postings).where(eq(postings.id, old.id));
		expect([...row!.accommodations].sort()).toEqual(
			['lift', 'step_free_entrance', 'text_communication'].sort(),
		);
		expect(row!.accommodationsNote).toBe('门口有人接');
		expect([...row!.requiredCertificates].sort()).toEqual([
			'blind_medical_massage',
			'health_certificate',
		]);
		expect(row!.requiredCertificatesNote).toBe('电工证');
		const [empty] = await db.select().from(postings).where(eq(postings.id, none.id));
		expect(empty!.accommodations).toEqual([]);
		expect(empty!.accommodationsNote).toBe('');
		const [saved] = await db.select().from(savedSearches).where(eq(savedSearches.id, search!.id));
		expect([...(saved!.query.accommodations as string[])].sort()).toEqual([
			'lift',
			'screen_reader_software',
		]);
	});
});
