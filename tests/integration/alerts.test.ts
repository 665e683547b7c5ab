import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, createLoggingSmsStubNotifier } from '@ronghe/api/app';
import { notifications, postings, savedSearches, users } from '@ronghe/db/schema';
import { createEmployer, createPosting, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

describe('saved searches and alerts (/api/me)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	let seekerId = '';
	let employerId = '';
	beforeAll(async () => {
		const seeker = await createUser(t.handle.db, 'seeker');
		seekerId = seeker.user.id;
		as.seeker = `Bearer ${await seeker.newSession()}`;
		as.other = `Bearer ${await (await createUser(t.handle.db, 'seeker')).newSession()}`;
		as.employer = `Bearer ${await (await createUser(t.handle.db, 'employer')).newSession()}`;
		employerId = (await createEmployer(t.handle.db, { name: '台城盲人按摩店' })).id;
	});
	beforeEach(async () => {
		await t.handle.db.delete(notifications);
		await t.handle.db.delete(savedSearches);
		await t.handle.db.delete(postings);
	});

	const save = (body: object, auth = as.seeker!) =>
		t.app.inject({
			method: 'POST',
			url: '/api/me/saved-searches',
			payload: body,
			headers: { authorization: auth },
		});
	const get = (url: string, auth = as.seeker!) =>
		t.app.inject({ method: 'GET', url, headers: { authorization: auth } });
	const post = (url: string, auth = as.seeker!) =>
		t.app.inject({ method: 'POST', url, payload: {}, headers: { authorization: auth } });

	/** A search saved a minute ago, so a posting published now is new for it. */
	async function savedAMinuteAgo(body: object) {
		const res = await save(body);
		expect(res.statusCode).toBe(201);
		const id = res.json<{ id: string }>().id;
		const ago = new Date(Date.now() - 60_000);
		await t.handle.db
			.update(savedSearches)
			.set({ createdAt: ago, checkedAt: ago })
			.where(eq(savedSearches.id, id));
		return id;
	}
	const justNow = () => new Date(Date.now() - 5_000);

	describe('POST /api/me/saved-searches', () => {
		it('saves a search with its criteria and lists it', async () => {
			const res = await save({
				name: '台城的按摩工作',
				query: {
					q: ' 按摩 ',
					township: '140922100',
					postType: ['blind_health_massage'],
					payMin: 2000,
				},
			});
			expect(res.statusCode).toBe(201);
			expect(res.json()).toMatchObject({
				name: '台城的按摩工作',
				query: {
					q: '按摩',
					township: '140922100',
					postType: ['blind_health_massage'],
					workMode: [],
					payMin: 2000,
				},
			});
			const list = await get('/api/me/saved-searches');
			expect(list.json<{ items: { name: string }[] }>().items.map((s) => s.name)).toEqual([
				'台城的按摩工作',
			]);
		});

		it('returns the same saved search when the form is submitted twice', async () => {
			const body = { name: '居家客服', query: { q: '客服', workMode: ['home_based'] } };
			const first = await save(body);
			const second = await save(body);
			expect([first.statusCode, second.statusCode]).toEqual([201, 200]);
			expect(second.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
			expect(await t.handle.db.$count(savedSearches)).toBe(1);
		});

		it('keeps one saved search when the same form arrives twice at once', async () => {
			const body = { name: '同时提交', query: { q: '保洁' } };
			const [a, b] = await Promise.all([save(body), save(body)]);
			expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
			expect(await t.handle.db.$count(savedSearches)).toBe(1);
		});

		it('answers 400 with Chinese field messages when the criteria are not valid', async () => {
			const res = await save({
				name: '',
				query: { township: '台城', postType: ['spaceship'], payMin: -5, category: [9] },
			});
			expect(res.statusCode).toBe(400);
			expect(res.headers['content-type']).toContain('application/problem+json');
			const pointers = res.json<{ errors: { pointer: string; detail: string }[] }>().errors;
			expect(pointers.map((e) => e.pointer).sort()).toEqual([
				'#/name',
				'#/query/category/0',
				'#/query/payMin',
				'#/query/postType/0',
				'#/query/township',
			]);
			expect(pointers.every((e) => /\p{Script=Han}/u.test(e.detail))).toBe(true);
		});

		it('refuses more than 20 saved searches with a plain reason', async () => {
			for (let i = 0; i < 20; i++)
				expect((await save({ name: `搜索${i}`, query: { q: `词${i}` } })).statusCode).toBe(201);
			const res = await save({ name: '第二十一个', query: {} });
			expect(res.statusCode).toBe(422);
			expect(res.json()).toMatchObject({ code: 'too_many_saved_searches' });
		});

		it('lets a seeker see and delete only their own saved searches', async () => {
			const id = (await save({ name: '我的', query: { q: '保洁' } })).json<{ id: string }>().id;
			expect((await get('/api/me/saved-searches', as.other)).json()).toEqual({ items: [] });
			const theirs = await t.app.inject({
				method: 'DELETE',
				url: `/api/me/saved-searches/${id}`,
				headers: { authorization: as.other! },
			});
			expect(theirs.statusCode).toBe(404);
			const mine = await t.app.inject({
				method: 'DELETE',
				url: `/api/me/saved-searches/${id}`,
				headers: { authorization: as.seeker! },
			});
			expect(mine.statusCode).toBe(204);
			expect((await get('/api/me/saved-searches')).json()).toEqual({ items: [] });
		});

		it('is for seekers only', async () => {
			expect((await save({ name: 'x', query: {} }, as.employer)).statusCode).toBe(403);
		});
	});

	describe('the matcher', () => {
		it('notifies exactly once for a newly published matching posting, and not again on re-run', async () => {
			await savedAMinuteAgo({ name: '按摩', query: { q: '推拿', township: '140922100' } });
			const p = await createPosting(t.handle.db, employerId, {
				title: '盲人保健按摩师',
				postType: 'blind_health_massage',
				publishedAt: justNow(),
			});
			expect(await t.app.services.alerts.matchNow()).toEqual({ searches: 1, notifications: 1 });
			const list = await get('/api/me/notifications');
			expect(list.json()).toMatchObject({
				total: 1,
				unread: 1,
				items: [{ title: '新岗位：盲人保健按摩师', link: `/jobs/${p.id}`, readAt: null }],
			});
			expect((await t.app.services.alerts.matchNow()).notifications).toBe(0);
			expect(await t.handle.db.$count(notifications)).toBe(1);
		});

		it('does not notify for postings that do not match, were published before saving, or are not published', async () => {
			await savedAMinuteAgo({
				name: '居家',
				query: { workMode: ['home_based'], category: [1], payMin: 2500 },
			});
			const base = { workMode: 'home_based' as const, acceptedCategories: [1], payMin: 2600 };
			await createPosting(t.handle.db, employerId, {
				...base,
				workMode: 'full_time',
				publishedAt: justNow(),
			});
			await createPosting(t.handle.db, employerId, {
				...base,
				acceptedCategories: [4],
				publishedAt: justNow(),
			});
			// pays at most 2,400: the search for 2,500 or more does not show it either
			await createPosting(t.handle.db, employerId, {
				...base,
				payMin: 1800,
				payMax: 2400,
				publishedAt: justNow(),
			});
			await createPosting(t.handle.db, employerId, {
				...base,
				publishedAt: new Date(Date.now() - 3_600_000),
			});
			await createPosting(t.handle.db, employerId, {
				...base,
				status: 'submitted',
				publishedAt: null,
			});
			const withdrawn = await createPosting(t.handle.db, employerId, {
				...base,
				publishedAt: justNow(),
			});
			await t.handle.db
				.update(postings)
				.set({ status: 'closed', closedAt: new Date() })
				.where(eq(postings.id, withdrawn.id));
			expect((await t.app.services.alerts.matchNow()).notifications).toBe(0);

			const match = await createPosting(t.handle.db, employerId, {
				...base,
				publishedAt: justNow(),
			});
			expect((await t.app.services.alerts.matchNow()).notifications).toBe(1);
			const [n] = await t.handle.db.select().from(notifications);
			expect(n).toMatchObject({ userId: seekerId, link: `/jobs/${match.id}` });
		});

		it('finds a posting through a synonym and its employer name, and one notification per saved search', async () => {
			await savedAMinuteAgo({ name: '视障能做的', query: { q: '视障' } });
			await savedAMinuteAgo({ name: '按摩店', query: { q: '按摩店' } });
			await createPosting(t.handle.db, employerId, {
				title: '盲人推拿师',
				description: '店里已有两位盲人推拿师带教。',
				publishedAt: justNow(),
			});
			expect(await t.app.services.alerts.matchNow()).toEqual({ searches: 2, notifications: 2 });
		});

		it('finds a posting by the pinyin and initials a person typed, as the search does', async () => {
			await savedAMinuteAgo({ name: 'tuina', query: { q: 'tui na' } });
			await savedAMinuteAgo({ name: '盲人 tn', query: { q: '盲人 tn' } });
			await savedAMinuteAgo({ name: 'kefu', query: { q: 'kefu' } });
			const posting = await createPosting(t.handle.db, employerId, {
				title: '盲人推拿师',
				description: '店里已有两位盲人推拿师带教。',
				publishedAt: justNow(),
			});
			expect(await t.app.services.alerts.matchNow()).toEqual({ searches: 3, notifications: 2 });
			const titles = await t.handle.db.select().from(notifications);
			expect(titles.map((n) => n.link)).toEqual([`/jobs/${posting.id}`, `/jobs/${posting.id}`]);
		});

		it('keeps matching and listing a search saved before the filter held a fair', async () => {
			// a row as the saved-search form wrote it before: no `fair`, every list present
			const ago = new Date(Date.now() - 60_000);
			await t.handle.db.insert(savedSearches).values({
				userId: seekerId,
				name: '以前保存的',
				query: {
					q: '推拿',
					postType: [],
					workMode: [],
					category: [],
					payMin: 2000,
					accommodations: [],
				} as unknown as Record<string, string[]>,
				createdAt: ago,
				checkedAt: ago,
			});
			const p = await createPosting(t.handle.db, employerId, {
				title: '盲人推拿师',
				payMin: 1800,
				payMax: 2600,
				publishedAt: justNow(),
			});
			expect((await t.app.services.alerts.matchNow()).notifications).toBe(1);
			const [n] = await t.handle.db.select().from(notifications);
			expect(n).toMatchObject({ link: `/jobs/${p.id}` });
			expect((await get('/api/me/saved-searches')).json()).toMatchObject({
				items: [{ name: '以前保存的', query: { q: '推拿', payMin: 2000 } }],
			});
		});

		it('still finds a posting whose publishing committed after the previous run looked', async () => {
			const id = await savedAMinuteAgo({ name: '任何岗位', query: {} });
			// the previous run checked just now; this posting's timestamp is a little earlier
			await t.handle.db
				.update(savedSearches)
				.set({ checkedAt: sql`now()` })
				.where(eq(savedSearches.id, id));
			await createPosting(t.handle.db, employerId, { publishedAt: new Date(Date.now() - 20_000) });
			expect((await t.app.services.alerts.matchNow()).notifications).toBe(1);
		});
	});

	describe('notifications', () => {
		async function twoNotifications() {
			await savedAMinuteAgo({ name: '全部', query: {} });
			await createPosting(t.handle.db, employerId, {
				title: '早的',
				publishedAt: new Date(Date.now() - 30_000),
			});
			await createPosting(t.handle.db, employerId, { title: '晚的', publishedAt: justNow() });
			await t.app.services.alerts.matchNow();
			return (await get('/api/me/notifications')).json<{ items: { id: string; title: string }[] }>()
				.items;
		}

		it('lists unread first, marks one read, and counts the unread', async () => {
			const [a, b] = await twoNotifications();
			const read = await post(`/api/me/notifications/${b!.id}/read`);
			expect(read.statusCode).toBe(200);
			expect(read.json<{ readAt: string | null }>().readAt).not.toBeNull();
			const list = (await get('/api/me/notifications')).json<{
				items: { id: string; readAt: string | null }[];
				unread: number;
			}>();
			expect(list.items.map((n) => n.id)).toEqual([a!.id, b!.id]);
			expect(list.unread).toBe(1);
			expect((await get('/api/me/notifications?unread=1')).json()).toMatchObject({
				total: 1,
				items: [{ id: a!.id }],
			});
			expect((await get('/api/me/notifications/unread-count')).json()).toEqual({ unread: 1 });
		});

		it('marks all read, and nobody can read or mark another person’s notifications', async () => {
			const [a] = await twoNotifications();
			expect((await post(`/api/me/notifications/${a!.id}/read`, as.other)).statusCode).toBe(404);
			expect((await get('/api/me/notifications', as.other)).json()).toMatchObject({ total: 0 });
			expect((await post('/api/me/notifications/read-all')).json()).toEqual({ marked: 2 });
			expect((await get('/api/me/notifications/unread-count')).json()).toEqual({ unread: 0 });
		});

		it('answers 400 for a malformed notification id instead of failing', async () => {
			const res = await post('/api/me/notifications/not-an-id/read');
			expect(res.statusCode).toBe(400);
			expect(res.headers['content-type']).toContain('application/problem+json');
		});
	});

	describe('the SMS stub notifier', () => {
		it('only logs, with the phone number masked, and only for a notification that is new', async () => {
			const logged: object[] = [];
			const app = await buildApp({
				db: t.handle.db,
				pingDb: t.handle.ping,
				search: t.search,
				version: '0.0.0-test',
				cipher: t.cipher,
				notifiers: [createLoggingSmsStubNotifier({ info: (obj) => logged.push(obj) })],
			});
			try {
				await savedAMinuteAgo({ name: '全部', query: {} });
				await createPosting(t.handle.db, employerId, { publishedAt: justNow() });
				expect((await app.services.alerts.matchNow()).notifications).toBe(1);
				expect((await app.services.alerts.matchNow()).notifications).toBe(0);
			} finally {
				await app.close();
			}
			expect(logged).toHaveLength(1);
			const [seeker] = await t.handle.db.select().from(users).where(eq(users.id, seekerId));
			const text = JSON.stringify(logged);
			expect(text).not.toContain(seeker!.phone);
			expect(text).toContain(`${seeker!.phone.slice(0, 3)}****${seeker!.phone.slice(-4)}`);
		});
	});
});
