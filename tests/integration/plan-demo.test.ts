import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { seedPlanDemo } from '@ronghe/api/plan-demo';
import type { EnrolmentList, IndicatorList, TrainingCourseList } from '@ronghe/contracts';
import { DEFAULT_DEMO_NOW, prepareDemoDatabase } from '@ronghe/db/demo';
import { createFakeSearch } from '@ronghe/search/testing';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const YEAR = Number(DEFAULT_DEMO_NOW.toISOString().slice(0, 4));

/**
 * The demo's plan records (issue 15 §9): made through the services, they give the indicators
 * dashboard figures to show, and finishing the course that runs now moves it, as a new member of
 * staff trying the demo would see.
 */
describe('the demo’s training, employment and plan records', () => {
	// the app's clock on the demo's day, so the course that runs now is still running
	const t = useApi({
		now: () => DEFAULT_DEMO_NOW,
		prepare: async (handle) => {
			const cipher = (await import('@ronghe/db/testing')).createTestCipher();
			await prepareDemoDatabase(handle.db, {
				cipher,
				hashPassword: (p) => hash(p),
				now: DEFAULT_DEMO_NOW,
				counts: { seekers: 260, employers: 20, postings: 20, courses: 1 },
			});
			await seedPlanDemo(
				{
					db: handle.db,
					search: createFakeSearch(),
					pingDb: async () => true,
					version: 't',
					cipher,
				},
				DEFAULT_DEMO_NOW,
			);
		},
	});
	const get = async <T>(url: string, auth: string) =>
		(await t.app.inject({ url, headers: { authorization: auth } })).json() as T;
	const item = (list: IndicatorList, code: string) => list.items.find((i) => i.code === code)!;

	it('fills every indicator, and recording the running course’s 结业 meets the year’s target', async () => {
		const staff = `Bearer ${await (await createUser(t.handle.db, 'federation')).newSession()}`;
		const before = await get<IndicatorList>(`/api/indicators?year=${YEAR}`, staff);
		expect(item(before, 'trained_year')).toMatchObject({ actual: 18, status: 'behind' });
		expect(item(before, 'trained_since_2021').actual).toBe(141);
		expect(item(before, 'training_rate').actual).toBeLessThan(0.8);
		expect(item(before, 'new_employment').actual).toBeGreaterThanOrEqual(6);
		expect(item(before, 'public_welfare_disabled').actual).toBeGreaterThanOrEqual(4);
		expect(item(before, 'public_welfare_relatives').actual).toBe(2);
		expect(item(before, 'massage_certified').actual).toBeGreaterThanOrEqual(1);
		expect(item(before, 'federation_cadre')).toMatchObject({ actual: 1, status: 'met' });
		// a past year has its own figures
		const y2023 = await get<IndicatorList>('/api/indicators?year=2023', staff);
		expect(item(y2023, 'trained_year').actual).toBe(25);

		const courses = await get<TrainingCourseList>(
			'/api/training-courses?show=all&pageSize=50',
			staff,
		);
		const running = courses.items.find((c) => c.phase === 'running')!;
		expect(running).toBeDefined();
		const roster = await get<EnrolmentList>(
			`/api/training-courses/${running.id}/enrolments`,
			staff,
		);
		expect(roster.items.length).toBe(7);
		for (const e of roster.items) {
			const res = await t.app.inject({
				method: 'PUT',
				url: `/api/training-courses/${running.id}/enrolments/${e.id}/result`,
				headers: { authorization: staff },
				payload: { result: 'completed' },
			});
			expect(res.statusCode).toBe(200);
		}
		const after = await get<IndicatorList>(`/api/indicators?year=${YEAR}`, staff);
		expect(item(after, 'trained_year')).toMatchObject({ actual: 25, status: 'met' });
		expect(item(after, 'training_rate').actual).toBeGreaterThanOrEqual(0.8);
	});

	it('fills the referrals, the graduates list, self-employment support and the public product list', async () => {
		const staff = `Bearer ${await (await createUser(t.handle.db, 'bureau')).newSession()}`;
		const referrals = await get<{ items: { status: string }[] }>(
			'/api/referrals?status=all',
			staff,
		);
		expect(referrals.items.map((r) => r.status).sort()).toEqual(
			['declined', 'in_progress', 'open', 'open', 'succeeded'].sort(),
		);
		const graduates = await get<{ items: unknown[] }>('/api/graduates?status=all', staff);
		expect(graduates.items).toHaveLength(5);
		const selfEmployed = await get<{ items: { support: { count: number } }[] }>(
			'/api/self-employment',
			staff,
		);
		expect(selfEmployed.items.some((p) => p.support.count > 0)).toBe(true);
		// the public finds a product by what it is, without signing in
		const found = (await t.app.inject({ url: '/api/products?q=%E5%B0%8F%E7%B1%B3' })).json();
		expect(found.items.map((p: { name: string }) => p.name)).toContain('五台小米（5 斤装）');
	});
});
