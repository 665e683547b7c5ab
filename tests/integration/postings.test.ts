import { beforeAll, describe, expect, it } from 'vitest';
import { drainOnce } from '@ronghe/search';
import { createEmployer, createPosting } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

describe('GET /api/postings', () => {
	const t = useApi({
		async prepare({ db }) {
			const employer = await createEmployer(db, { name: '五台县晋享家园辅助性就业中心' });
			for (let i = 0; i < 25; i++) await createPosting(db, employer.id, { title: `台城岗位${i}` });
			await createPosting(db, employer.id, {
				title: '东冶按摩岗位',
				townshipCode: '140922105',
				postType: 'blind_health_massage',
			});
			await createPosting(db, employer.id, { title: '草稿岗位', status: 'draft' });
			await createPosting(db, employer.id, { title: '已招满岗位', status: 'filled' });
		},
	});
	beforeAll(() => drainOnce(t.handle.db, t.search));

	it('lists only published postings, newest first, 20 to a page', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/postings' });
		expect(res.statusCode).toBe(200);
		const body = res.json();
		expect(body.total).toBe(26);
		expect(body.items).toHaveLength(20);
		expect(body.items[0].title).toBe('东冶按摩岗位');
		const titles = body.items.map((p: { title: string }) => p.title);
		expect(titles).not.toContain('草稿岗位');
		expect(titles).not.toContain('已招满岗位');
		expect(body.items[0]).toMatchObject({
			employerName: '五台县晋享家园辅助性就业中心',
			townshipName: '东冶镇',
		});
	});

	it('gives the remaining postings on page 2 without repeats', async () => {
		const p1 = (await t.app.inject({ method: 'GET', url: '/api/postings?page=1' })).json();
		const p2 = (await t.app.inject({ method: 'GET', url: '/api/postings?page=2' })).json();
		expect(p2.items).toHaveLength(6);
		const ids = new Set([...p1.items, ...p2.items].map((p: { id: string }) => p.id));
		expect(ids.size).toBe(26);
	});

	it('filters by township and by post type', async () => {
		const byTown = (
			await t.app.inject({ method: 'GET', url: '/api/postings?township=140922105' })
		).json();
		expect(byTown.total).toBe(1);
		expect(byTown.items[0].title).toBe('东冶按摩岗位');
		const byType = (
			await t.app.inject({ method: 'GET', url: '/api/postings?postType=quota&pageSize=50' })
		).json();
		expect(byType.total).toBe(25);
		const empty = (
			await t.app.inject({ method: 'GET', url: '/api/postings?township=&postType=' })
		).json();
		expect(empty.total).toBe(26);
	});

	it('rejects an unknown post type with a Chinese message', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/postings?postType=astronaut' });
		expect(res.statusCode).toBe(400);
		expect(res.json().errors[0].pointer).toBe('#/postType');
	});
});

describe('GET /api/postings/:postingId', () => {
	const t = useApi();

	it('shows a published posting with its accessibility facts', async () => {
		const e = await createEmployer(t.handle.db);
		const p = await createPosting(t.handle.db, e.id, {
			accommodations: ['accessible_toilet', 'flexible_hours'],
			acceptedCategories: [1, 2],
		});
		const res = await t.app.inject({ method: 'GET', url: `/api/postings/${p.id}` });
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({
			id: p.id,
			accommodations: ['accessible_toilet', 'flexible_hours'],
			acceptedCategories: [1, 2],
			employerId: e.id,
		});
	});

	it('hides a draft posting behind a 404', async () => {
		const e = await createEmployer(t.handle.db);
		const p = await createPosting(t.handle.db, e.id, { status: 'draft' });
		const res = await t.app.inject({ method: 'GET', url: `/api/postings/${p.id}` });
		expect(res.statusCode).toBe(404);
	});
});
