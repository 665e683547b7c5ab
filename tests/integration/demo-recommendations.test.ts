import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecommendationList } from '@ronghe/contracts';
import { DEFAULT_DEMO_NOW, demoSeekerPerson, seedDemo } from '@ronghe/db/demo';
import { people } from '@ronghe/db/schema';
import { createTestCipher } from '@ronghe/db/testing';
import { createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const MASSAGE = new Set(['blind_medical_massage', 'blind_health_massage']);

/**
 * Issue 13 §1/§7, tried as a new user would: the demo seeker login (a blind seeker holding a
 * valid 盲人医疗按摩 certificate, wishing for massage work) sees massage postings first.
 */
describe('recommendations on the demo data', () => {
	const t = useApi({
		now: () => DEFAULT_DEMO_NOW,
		prepare: async (handle) => {
			await seedDemo(handle.db, { cipher: createTestCipher(), now: DEFAULT_DEMO_NOW });
		},
	});
	let auth = '';
	let personId = '';

	beforeAll(async () => {
		personId = (await demoSeekerPerson(t.handle.db))!.id;
		const user = await createUser(t.handle.db, 'seeker', { personId });
		auth = `Bearer ${await user.newSession()}`;
	});

	it('stores the demo seeker wishes as massage occupation codes', async () => {
		const [person] = await t.handle.db.select().from(people).where(eq(people.id, personId));
		expect(person!.desiredOccupations).toEqual(['X-YLMA', '4-10-04-02']);
	});

	it('puts massage postings first for the demo seeker, with the wish as a reason', async () => {
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/me/recommendations?limit=20',
			headers: { authorization: auth },
		});
		expect(res.statusCode).toBe(200);
		const list = res.json<RecommendationList>();
		expect(list.personalised).toBe(true);
		const massage = list.items.filter((i) => MASSAGE.has(i.postType));
		expect(massage.length).toBeGreaterThanOrEqual(3);
		// every massage posting comes before any other kind of posting
		const firstOther = list.items.findIndex((i) => !MASSAGE.has(i.postType));
		const lastMassage = list.items.findLastIndex((i) => MASSAGE.has(i.postType));
		expect(firstOther === -1 || lastMassage < firstOther).toBe(true);
		expect(list.items[0]!.reasons.map((r) => r.text).join('')).toMatch(/是您想做的工作：/);
		// the 盲人医疗按摩 postings need the certificate the demo seeker holds
		expect(list.items.some((i) => i.postType === 'blind_medical_massage')).toBe(true);
	});

	it('names an open course in the gap of a posting whose training the seeker lacks', async () => {
		const res = await t.app.inject({
			method: 'GET',
			url: '/api/me/recommendations?limit=20',
			headers: { authorization: auth },
		});
		const gaps = res.json<RecommendationList>().items.flatMap((i) => i.gaps);
		const training = gaps.filter((g) => g.code === 'training_missing');
		expect(training.length).toBeGreaterThan(0);
		expect(training[0]!.text).toMatch(/^缺少：.+相关培训 — 可报名：.+（\d+月\d+日开课）。$/);
	});
});
