import { describe, expect, it } from 'vitest';
import type { RecommendationList } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

/**
 * The matching index reads changes by transaction, not by time (docs/matching.md, "Speed"): a
 * posting written by a transaction that began first but commits last must still reach the
 * lists, though a later change was read in between. PostgreSQL only: PGlite runs one
 * transaction at a time.
 */
describe('the matching index and transactions that commit out of order', () => {
	const t = useApi();

	it('reads a posting whose transaction commits after a later one was read', async () => {
		const db = t.handle.db;
		const employer = await createEmployer(db);
		const person = await createPersonRow(db, { category: 4 });
		const auth = `Bearer ${await (await createUser(db, 'seeker', { personId: person.id })).newSession()}`;
		const titles = async () => {
			const res = await t.app.inject({
				method: 'GET',
				url: '/api/me/recommendations?limit=50',
				headers: { authorization: auth },
			});
			expect(res.statusCode).toBe(200);
			return (res.json() as RecommendationList).items.map((i) => i.title);
		};
		expect(await titles()).toEqual([]);
		await db.transaction(async (tx) => {
			await createPosting(tx as unknown as Db, employer.id, { title: '先开始后提交的岗位' });
			await createPosting(db, employer.id, { title: '后开始先提交的岗位' });
			const seen = await titles();
			expect(seen).toContain('后开始先提交的岗位');
			expect(seen).not.toContain('先开始后提交的岗位');
		});
		expect(await titles()).toContain('先开始后提交的岗位');
	});
});
