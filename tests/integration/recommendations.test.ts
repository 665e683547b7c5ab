import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecommendationCheck, RecommendationList } from '@ronghe/contracts';
import { auditLog } from '@ronghe/db/schema';
import {
	createEmployer,
	createPersonRow,
	createPosting,
	createUser,
} from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

const HERE = '140922100';
const ELSEWHERE = '140922105';

describe('recommendations for a seeker (/api/me/recommendations, issue 13 §2)', () => {
	const t = useApi();
	const as: Record<string, string> = {};
	const ids: Record<string, string> = {};
	let personId = '';

	beforeAll(async () => {
		const db = t.handle.db;
		const employer = await createEmployer(db, { name: '台城镇便民服务中心', townshipCode: HERE });
		// a wheelchair user: cannot walk far or climb stairs, fine with the hands
		const person = await createPersonRow(db, {
			category: 4,
			level: 2,
			townshipCode: HERE,
			ability: { walking: 0, fine_hand: 2, computer: 2 },
			desiredWorkModes: ['full_time'],
			expectedPayMin: 2500,
		});
		personId = person.id;
		const make = async (key: string, over: Parameters<typeof createPosting>[2]) =>
			(ids[key] = (await createPosting(db, employer.id, { title: key, ...over })).id);
		await make('数据录入员', {
			acceptedCategories: [4],
			demands: { fine_hand: 'essential', computer: 'desirable' },
			payMin: 2600,
			payMax: 3000,
		});
		// nothing offered that closes a gap in walking (a lift or a step-free entrance would)
		await make('仓库搬运工', {
			acceptedCategories: [4],
			demands: { walking: 'essential' },
			accommodations: [],
		});
		// upstairs, with a lift: the lift closes the gap (docs/matching.md, ability table)
		await make('二楼文员', {
			acceptedCategories: [4],
			demands: { walking: 'essential' },
			accommodations: ['lift'],
			payMin: 2000,
			payMax: 2200,
		});
		await make('盲人按摩师', { acceptedCategories: [1], postType: 'blind_medical_massage' });
		await make('二级以下才可', { acceptedCategories: [4], acceptedLevels: [3, 4] });
		await make('已截止的岗位', { acceptedCategories: [4], closingDate: '2020-01-01' });
		await make('草稿', { acceptedCategories: [4], status: 'draft' });
		await make('邻镇保洁', {
			acceptedCategories: [4],
			postType: 'public_welfare',
			publicWelfareKind: 'rural',
			townshipCode: ELSEWHERE,
		});
		const session = async (...args: Parameters<typeof createUser>) =>
			`Bearer ${await (await createUser(...args)).newSession()}`;
		as.seeker = await session(db, 'seeker', { personId });
		as.noRecord = await session(db, 'seeker');
		as.bureau = await session(db, 'bureau');
		as.townshipHere = await session(db, 'township', { townshipCode: HERE });
		as.townshipElsewhere = await session(db, 'township', { townshipCode: ELSEWHERE });
		as.employer = await session(db, 'employer', { employerId: employer.id });
	});

	const call = (method: 'GET' | 'PUT', url: string, who: string, payload?: unknown) =>
		t.app.inject({
			method,
			url,
			headers: { authorization: as[who]! },
			...(payload === undefined ? {} : { payload: payload as object }),
		});
	const list = async (who = 'seeker') => {
		const res = await call('GET', '/api/me/recommendations?limit=50', who);
		expect(res.statusCode).toBe(200);
		return res.json() as RecommendationList;
	};
	const check = async (key: string) => {
		const res = await call('GET', `/api/me/recommendations/${ids[key]}`, 'seeker');
		expect(res.statusCode).toBe(200);
		return res.json() as RecommendationCheck;
	};

	it('recommends only what the seeker can take, with a score and reasons', async () => {
		const body = await list();
		expect(body.personalised).toBe(true);
		expect(body.items.map((i) => i.title)).toEqual(['数据录入员', '二楼文员']);
		const lift = body.items[1]!.reasons.find((r) => r.code === 'ability')!;
		expect(lift.text).toBe('能力：1 项要求满足 1 项；走动、上下楼梯——单位提供有电梯。');
		const [first] = body.items;
		expect(first!.score).toBeGreaterThan(0);
		expect(first!.score).toBeLessThanOrEqual(100);
		expect(first!.reasons.map((r) => r.code)).toEqual(
			expect.arrayContaining(['ability', 'pay', 'distance']),
		);
		expect(first!.reasons.find((r) => r.code === 'ability')!.text).toBe(
			'能力：2 项要求满足 2 项。',
		);
	});

	it('says why a posting was not recommended, rule by rule', async () => {
		const codes = async (key: string) => (await check(key)).excluded.map((e) => e.code);
		expect(await codes('仓库搬运工')).toEqual(['essential_demand_unmet']);
		expect(await codes('盲人按摩师')).toEqual(['category_not_accepted']);
		expect(await codes('二级以下才可')).toEqual(['level_not_accepted']);
		expect(await codes('已截止的岗位')).toEqual(['posting_closed']);
		expect(await codes('邻镇保洁')).toEqual(['public_welfare_ineligible']);
		const walking = await check('仓库搬运工');
		expect(walking).toMatchObject({ eligible: false, score: null });
		expect(walking.excluded[0]!.text).toContain('走动、上下楼梯');
		const fits = await check('数据录入员');
		expect(fits).toMatchObject({ eligible: true, excluded: [] });
		expect(fits.score).toBe((await list()).items[0]!.score);
	});

	it('never shows a draft, and answers 404 for one', async () => {
		const res = await call('GET', `/api/me/recommendations/${ids['草稿']}`, 'seeker');
		expect(res.statusCode).toBe(404);
		expect(res.headers['content-type']).toContain('application/problem+json');
	});

	it('answers 404 to a seeker account that has no record yet', async () => {
		const res = await call('GET', '/api/me/recommendations', 'noRecord');
		expect(res.statusCode).toBe(404);
	});

	it('checks the limit', async () => {
		const res = await call('GET', '/api/me/recommendations?limit=500', 'seeker');
		expect(res.statusCode).toBe(400);
		expect(res.json().detail).toBeTruthy();
	});

	it('gives a plain newest-first list when personalisation is off, and remembers it', async () => {
		const off = await call('PUT', '/api/me/personalisation', 'seeker', { personalised: false });
		expect(off.statusCode).toBe(200);
		const plain = await list();
		expect(plain.personalised).toBe(false);
		// only the closed-posting rule: a posting for another category is listed too
		const titles = plain.items.map((i) => i.title);
		expect(titles).toEqual(expect.arrayContaining(['数据录入员', '仓库搬运工', '盲人按摩师']));
		expect(titles).not.toContain('已截止的岗位');
		expect(titles).not.toContain('草稿');
		expect(plain.items.every((i) => i.reasons.length === 0 && i.score === 0)).toBe(true);
		const rows = await t.handle.db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.action, 'person.personalisation'), eq(auditLog.entityId, personId)));
		expect(rows.at(-1)!.detail).toEqual({ personalised: false });
		await call('PUT', '/api/me/personalisation', 'seeker', { personalised: true });
		expect((await list()).personalised).toBe(true);
	});

	it('lets staff acting for the seeker see the same list, audited, in their township only', async () => {
		const url = `/api/people/${personId}/recommendations`;
		const res = await call('GET', url, 'townshipHere');
		expect(res.statusCode).toBe(200);
		expect((res.json() as RecommendationList).items.map((i) => i.title)).toEqual([
			'数据录入员',
			'二楼文员',
		]);
		expect((await call('GET', url, 'townshipElsewhere')).statusCode).toBe(404);
		expect((await call('GET', url, 'employer')).statusCode).toBe(403);
		expect((await call('GET', url, 'bureau')).statusCode).toBe(200);
		const rows = await t.handle.db
			.select()
			.from(auditLog)
			.where(
				and(eq(auditLog.action, 'person.recommendations_view'), eq(auditLog.entityId, personId)),
			);
		expect(rows).toHaveLength(2);
	});
});
