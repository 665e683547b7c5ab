import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, notifications, savedSearches, searchOutbox } from '@ronghe/db/schema';
import { drainOnce } from '@ronghe/search';
import { createEmployer, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const DRAFT = {
	postType: 'quota',
	occupationCode: 'X-SJLR',
	title: '数据录入员',
	description: '把纸质单据录入电脑系统并核对。身体健康，年龄 18-35 岁。',
	payMin: 2000,
	payMax: 2600,
	workMode: 'full_time',
	townshipCode: '140922100',
	acceptedCategories: [2, 4],
	closingDate: '2030-06-30',
};

describe('posting review (/api/reviews/postings)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	let bureauId = '';
	beforeAll(async () => {
		const db = t.handle.db;
		const employer = await createEmployer(db, { name: '台城镇数据服务有限公司' });
		as.employer = `Bearer ${await (await createUser(db, 'employer', { employerId: employer.id })).newSession()}`;
		const bureau = await createUser(db, 'bureau');
		bureauId = bureau.user.id;
		as.bureau = `Bearer ${await bureau.newSession()}`;
		as.townshipHere = `Bearer ${await (await createUser(db, 'township', { townshipCode: '140922100' })).newSession()}`;
		as.townshipElsewhere = `Bearer ${await (await createUser(db, 'township', { townshipCode: '140922105' })).newSession()}`;
	});
	const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: string, payload?: object) =>
		t.app.inject({
			method,
			url: `/api${url}`,
			headers: { authorization: as[who]! },
			...(method !== 'GET' ? { payload: payload ?? {} } : {}),
		});

	it('runs draft → blocked submit → return → edit → submit → approve → public, with outbox and audit rows', async () => {
		const { id } = (await call('POST', '/employer/postings', 'employer', DRAFT)).json();
		expect((await call('POST', `/employer/postings/${id}/submit`, 'employer')).statusCode).toBe(
			400,
		);
		const answered = {
			...DRAFT,
			flagDecisions: [
				{
					code: 'good_health',
					phrase: '身体健康',
					decision: 'essential',
					reason: '需要长时间看屏幕',
				},
				{ code: 'age', phrase: '年龄 18-35 岁', decision: 'essential', reason: '单位习惯这样写' },
			],
		};
		await call('PUT', `/employer/postings/${id}`, 'employer', answered);
		expect((await call('POST', `/employer/postings/${id}/submit`, 'employer')).statusCode).toBe(
			200,
		);

		// the queue shows it with its flags; the employer's reasons are on the detail
		const queue = (await call('GET', '/reviews/postings', 'bureau')).json();
		expect(queue).toMatchObject({
			total: 1,
			items: [{ id, employerName: '台城镇数据服务有限公司', flagCount: 2 }],
		});
		const detail = (await call('GET', `/reviews/postings/${id}`, 'bureau')).json();
		expect(detail.inclusionFlags.map((f: { reason: string }) => f.reason)).toEqual([
			'需要长时间看屏幕',
			'单位习惯这样写',
		]);
		expect((await call('GET', `/reviews/postings/${id}`, 'townshipHere')).statusCode).toBe(200);
		expect((await call('GET', `/reviews/postings/${id}`, 'townshipElsewhere')).statusCode).toBe(
			404,
		);
		expect((await call('GET', '/reviews/postings', 'townshipElsewhere')).json()).toMatchObject({
			total: 0,
		});

		const noReason = await call('POST', `/reviews/postings/${id}/return`, 'bureau', { reason: '' });
		expect(noReason.statusCode).toBe(400);
		expect(noReason.json().errors[0]).toMatchObject({
			pointer: '#/reason',
			detail: expect.stringContaining('退回原因'),
		});
		const reason = '年龄限制没有正当理由，请删除；“身体健康”请改为具体要求。';
		const returned = await call('POST', `/reviews/postings/${id}/return`, 'bureau', { reason });
		expect(returned.json()).toMatchObject({ status: 'returned', returnReason: reason });
		expect((await call('GET', `/postings/${id}`, 'employer')).statusCode).toBe(404);

		await call('PUT', `/employer/postings/${id}`, 'employer', {
			...DRAFT,
			description: '把纸质单据录入电脑系统并核对，每天看屏幕约 6 小时。',
		});
		expect((await call('GET', `/employer/postings/${id}`, 'employer')).json().returnReason).toBe(
			reason,
		);
		expect((await call('POST', `/employer/postings/${id}/submit`, 'employer')).statusCode).toBe(
			200,
		);

		const approved = await call('POST', `/reviews/postings/${id}/approve`, 'bureau');
		expect(approved.json()).toMatchObject({ status: 'published', returnReason: '' });
		expect(approved.json().publishedAt).not.toBeNull();
		expect((await call('POST', `/reviews/postings/${id}/approve`, 'bureau')).statusCode).toBe(200);

		const outbox = await t.handle.db
			.select()
			.from(searchOutbox)
			.where(eq(searchOutbox.entityId, id));
		expect(outbox).toEqual([expect.objectContaining({ entity: 'postings', op: 'upsert' })]);
		await drainOnce(t.handle.db, t.search);
		const list = (await call('GET', '/postings', 'employer')).json();
		expect(list.items.map((p: { id: string }) => p.id)).toContain(id);
		const audits = await t.handle.db.select().from(auditLog).where(eq(auditLog.entityId, id));
		expect(audits.map((a) => a.action)).toEqual([
			'posting.create',
			'posting.update',
			'posting.submit',
			'posting.return',
			'posting.update',
			'posting.submit',
			'posting.approve',
		]);
		expect(audits.at(-1)).toMatchObject({ actorUserId: bureauId });
		expect(JSON.stringify(audits)).not.toContain('年龄限制');
	});

	it('tells a seeker whose saved search matches, as soon as the posting is approved', async () => {
		const db = t.handle.db;
		const seeker = await createUser(db, 'seeker');
		const auth = `Bearer ${await seeker.newSession()}`;
		const saved = await t.app.inject({
			method: 'POST',
			url: '/api/me/saved-searches',
			headers: { authorization: auth },
			payload: { name: '录入工作', query: { q: '录入' } },
		});
		expect(saved.statusCode).toBe(201);
		const ago = new Date(Date.now() - 60_000);
		await db.update(savedSearches).set({ checkedAt: ago, createdAt: ago });
		const { id } = (
			await call('POST', '/employer/postings', 'employer', {
				...DRAFT,
				description: '把纸质单据录入电脑系统并核对。',
			})
		).json();
		expect((await call('POST', `/employer/postings/${id}/submit`, 'employer')).statusCode).toBe(
			200,
		);
		expect((await call('POST', `/reviews/postings/${id}/approve`, 'bureau')).statusCode).toBe(200);
		// the matcher runs right after the approval, without waiting for its periodic run
		// (the earlier test's 录入 posting may bring an alert too, possibly first, so the wait is for
		// this posting's own alert)
		const forThisPosting = async () =>
			(
				await db.select().from(notifications).where(eq(notifications.userId, seeker.user.id))
			).filter((n) => n.link.includes(id));
		let mine = await forThisPosting();
		for (let i = 0; i < 50 && mine.length === 0; i++) {
			await new Promise((r) => setTimeout(r, 100));
			mine = await forThisPosting();
		}
		expect(mine).toHaveLength(1);
	});

	it('does not let township staff decide, nor anyone decide a draft', async () => {
		const { id } = (await call('POST', '/employer/postings', 'employer', DRAFT)).json();
		expect((await call('GET', `/reviews/postings/${id}`, 'bureau')).statusCode).toBe(404);
		expect((await call('POST', `/reviews/postings/${id}/approve`, 'townshipHere')).statusCode).toBe(
			403,
		);
		expect((await call('POST', `/reviews/postings/${id}/approve`, 'bureau')).statusCode).toBe(404);
	});

	it('pages the queue: a limit, the total, and the next page without repeats', async () => {
		const clean = { ...DRAFT, description: '把纸质单据录入电脑系统并核对，单位提供培训。' };
		for (const title of ['录入员一', '录入员二', '录入员三']) {
			const { id } = (
				await call('POST', '/employer/postings', 'employer', { ...clean, title })
			).json();
			expect((await call('POST', `/employer/postings/${id}/submit`, 'employer')).statusCode).toBe(
				200,
			);
		}
		const first = (await call('GET', '/reviews/postings?pageSize=2', 'bureau')).json();
		expect(first).toMatchObject({ page: 1, pageSize: 2 });
		expect(first.items).toHaveLength(2);
		expect(first.total).toBeGreaterThanOrEqual(3);
		const pages = [first];
		for (let page = 2; page <= Math.ceil(first.total / 2); page++)
			pages.push((await call('GET', `/reviews/postings?pageSize=2&page=${page}`, 'bureau')).json());
		const titles = pages.flatMap((p: { items: { title: string }[] }) =>
			p.items.map((i) => i.title),
		);
		expect(titles).toHaveLength(first.total);
		expect(new Set(titles).size).toBe(titles.length);
		expect(titles.slice(-3)).toEqual(['录入员一', '录入员二', '录入员三']);
		expect((await call('GET', '/reviews/postings?pageSize=500', 'bureau')).statusCode).toBe(400);
	});
});
