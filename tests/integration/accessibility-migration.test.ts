import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { postings, savedSearches } from '@ronghe/db/schema';
import { createEmployer, createPosting, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

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
		});
		const none = await createPosting(db, employer.id, { accommodations: [] });
		const { user } = await createUser(db, 'seeker');
		const [search] = await db
			.insert(savedSearches)
			.values({ userId: user.id, name: '读屏', query: { accommodations: ['读屏软件', '电梯'] } })
			.returning();

		const dir = fileURLToPath(new URL('../../db/migrations/', import.meta.url));
		const file = readdirSync(dir).find((f) => f.endsWith('_accessibility_codes.sql'))!;
		const statements = readFileSync(dir + file, 'utf8')
			.split('--> statement-breakpoint')
			.slice(1);
		for (const s of statements) await db.execute(sql.raw(s));

		const [row] = await db.select().from(postings).where(eq(postings.id, old.id));
		expect([...row!.accommodations].sort()).toEqual(
			['lift', 'step_free_entrance', 'text_communication'].sort(),
		);
		expect(row!.accommodationsNote).toBe('门口有人接');
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
