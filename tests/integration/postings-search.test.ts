import { beforeAll, describe, expect, it } from 'vitest';
import { drainOnce } from '@ronghe/search';
import {
	DONGYE,
	DOUCUN,
	SEARCH_NOW,
	seedSearchPostings,
	TAICHENG,
} from '../fixtures/search-postings.js';
import { useApi, type ApiContext } from '../support/app.js';

type Hit = {
	id: string;
	title: string;
	highlights: { title: { text: string; marks: number[][] } };
};
type Seeded = Awaited<ReturnType<typeof seedSearchPostings>>;

async function list(t: ApiContext, query: string) {
	const res = await t.app.inject({ method: 'GET', url: `/api/postings?${query}` });
	expect(res.statusCode).toBe(200);
	const body = res.json<{
		items: Hit[];
		total: number;
		degraded: boolean;
		facets: Record<string, Record<string, number>>;
	}>();
	return { ...body, titles: body.items.map((i) => i.title) };
}

/** The same questions, answered by the search engine and by the PostgreSQL fallback. */
function sharedCases(t: ApiContext, seeded: () => Seeded, degraded: boolean) {
	it('shows open published postings with facet counts, never expired ones or drafts', async () => {
		const body = await list(t, '');
		expect(body.degraded).toBe(degraded);
		expect(body.total).toBe(3);
		expect(body.titles.sort()).toEqual(['居家客服专员', '盲人保健按摩师', '蔬菜大棚管理员'].sort());
		expect(body.facets.township).toEqual({ [TAICHENG]: 1, [DONGYE]: 1, [DOUCUN]: 1 });
		expect(body.facets.category).toEqual({ 1: 1, 2: 1, 4: 2, 5: 1 });
		expect(body.facets.postType).toMatchObject({ home_based: 1, blind_health_massage: 1 });
		expect(body.facets.accommodations).toMatchObject({ flexible_hours: 1, tactile_paths: 1 });
	});

	it('finds 按摩 and marks it in the title', async () => {
		const body = await list(t, `q=${encodeURIComponent('按摩')}`);
		expect(body.titles).toEqual(['盲人保健按摩师']);
		const { text, marks } = body.items[0]!.highlights.title;
		expect(marks.map(([s, e]) => text.slice(s, e))).toContain('按摩');
	});

	it('filters by township, post types, category, pay, accommodations and fair', async () => {
		expect((await list(t, `township=${DONGYE}`)).titles).toEqual(['居家客服专员']);
		expect(
			(await list(t, 'postType=home_based&postType=rural_support_base')).titles.sort(),
		).toEqual(['居家客服专员', '蔬菜大棚管理员'].sort());
		expect((await list(t, 'category=1')).titles).toEqual(['盲人保健按摩师']);
		expect((await list(t, 'payMin=2600&sort=pay')).titles).toEqual([
			'盲人保健按摩师',
			'居家客服专员',
		]);
		expect((await list(t, 'payMin=3000')).titles).toEqual(['盲人保健按摩师']);
		expect(
			(await list(t, `accommodations=${encodeURIComponent('flexible_hours')}`)).titles,
		).toEqual(['居家客服专员']);
		expect((await list(t, `fair=${seeded().fair.id}`)).titles).toEqual(['居家客服专员']);
		const none = await list(t, `township=${DONGYE}&category=1`);
		expect(none.total).toBe(0);
		expect(none.items).toEqual([]);
	});

	it('counts a chosen township, post type or work mode as the number of results', async () => {
		const taicheng = await list(t, `township=${TAICHENG}`);
		expect(taicheng.total).toBe(1);
		expect(taicheng.facets.township).toEqual({ [TAICHENG]: 1 });
		expect(taicheng.facets.category).toEqual({ 1: 1 });
		const two = await list(t, 'postType=home_based&postType=rural_support_base');
		expect(two.facets.postType).toEqual({ home_based: 1, rural_support_base: 1 });
		const none = await list(t, `township=${DONGYE}&category=1`);
		expect(none.facets.township).toEqual({});
	});

	it('sorts by distance from a township and by pay', async () => {
		expect((await list(t, `sort=distance&near=${DONGYE}`)).titles).toEqual([
			'居家客服专员',
			'盲人保健按摩师',
			'蔬菜大棚管理员',
		]);
		expect((await list(t, 'sort=pay')).titles).toEqual([
			'盲人保健按摩师',
			'居家客服专员',
			'蔬菜大棚管理员',
		]);
	});

	it('pages with real totals', async () => {
		const p2 = await list(t, 'pageSize=2&page=2&sort=pay');
		expect(p2.total).toBe(3);
		expect(p2.titles).toEqual(['蔬菜大棚管理员']);
	});

	it('asks for a township when sorting by distance without one', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/postings?sort=distance' });
		expect(res.statusCode).toBe(422);
		expect(res.headers['content-type']).toContain('application/problem+json');
		expect(res.json().detail).toContain('乡镇');
	});
}

describe('GET /api/postings (search engine)', () => {
	let seeded: Seeded;
	const t = useApi({
		now: () => SEARCH_NOW,
		async prepare(handle) {
			seeded = await seedSearchPostings(handle.db);
		},
	});
	beforeAll(() => drainOnce(t.handle.db, t.search));
	sharedCases(t, () => seeded, false);

	it('rejects values outside the code lists with Chinese messages', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/postings?category=9&payMin=abc' });
		expect(res.statusCode).toBe(400);
		const pointers = res.json().errors.map((e: { pointer: string }) => e.pointer);
		expect(pointers).toEqual(expect.arrayContaining(['#/category', '#/payMin']));
	});
});

describe('GET /api/postings (PostgreSQL fallback while search is down)', () => {
	let seeded: Seeded;
	const t = useApi({
		now: () => SEARCH_NOW,
		async prepare(handle) {
			seeded = await seedSearchPostings(handle.db);
		},
	});
	beforeAll(() => {
		t.search.down = true;
	});
	sharedCases(t, () => seeded, true);

	it('finds postings through the words people type for the same thing', async () => {
		// the description says 视障人士; the fallback expands 视力残疾 with its synonyms
		const body = await list(t, `q=${encodeURIComponent('视力残疾')}`);
		expect(body.titles).toEqual(['盲人保健按摩师']);
		expect((await list(t, `q=${encodeURIComponent('客服')}`)).titles).toEqual(['居家客服专员']);
	});

	it('says degraded on /api/health', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/health' });
		expect(res.json()).toMatchObject({ status: 'degraded', search: 'down' });
	});
});

describe('GET /api/postings/:postingId', () => {
	let seeded: Seeded;
	const t = useApi({
		now: () => SEARCH_NOW,
		async prepare(handle) {
			seeded = await seedSearchPostings(handle.db);
		},
	});

	it('gives the accessibility facts: workplace access, categories, levels, certificates', async () => {
		const res = await t.app.inject({ method: 'GET', url: `/api/postings/${seeded.massage.id}` });
		expect(res.statusCode).toBe(200);
		expect(res.json()).toMatchObject({
			workplaceAccess: ['step_free_entrance', 'tactile_paths'],
			workplaceAccessNote: '门口有盲道，店内地面平整。',
			acceptedCategories: [1],
			acceptedLevels: [1, 2],
			occupationName: '保健按摩师',
			requiredCertificates: ['health_massage_junior'],
			socialInsurance: '五险',
		});
	});
});
