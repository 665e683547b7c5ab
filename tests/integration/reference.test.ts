import { describe, expect, it } from 'vitest';
import { createFair, seedReference } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

describe('GET /api/townships', () => {
	const t = useApi({
		now: () => new Date('2026-11-28T08:00:00+08:00'),
		// a second start must neither duplicate nor fail
		prepare: ({ db }) => seedReference(db),
	});

	it('lists the 17 townships, county seat first, with the three scenic-area ones', async () => {
		const res = await t.app.inject({ method: 'GET', url: '/api/townships' });
		expect(res.statusCode).toBe(200);
		const items = res.json().items as { code: string; name: string; countyCode: string }[];
		expect(items).toHaveLength(17);
		expect(items[0]).toMatchObject({ code: '140922100', name: '台城镇' });
		expect(items.filter((i) => i.countyCode === '140971').map((i) => i.name)).toEqual([
			'台怀镇',
			'石咀镇',
			'金岗库乡',
		]);
	});

	it('lists published fairs, live and upcoming before finished; a draft stays hidden', async () => {
		const db = t.handle.db;
		const day = (d: string) =>
			[new Date(`${d}T09:00:00+08:00`), new Date(`${d}T16:00:00+08:00`)] as const;
		await createFair(db, ...day('2026-01-10'), '已结束的招聘会', { state: 'closed' });
		await createFair(db, ...day('2027-01-08'), '就业援助月专场', { state: 'published' });
		await createFair(db, ...day('2026-11-28'), '今天的招聘会', { state: 'open' });
		await createFair(db, ...day('2027-05-16'), '还在准备的招聘会', { state: 'draft' });
		const res = await t.app.inject({ method: 'GET', url: '/api/fairs' });
		const items = res.json().items as { title: string; status: string }[];
		expect(items.map((i) => [i.title, i.status])).toEqual([
			['今天的招聘会', 'live'],
			['就业援助月专场', 'upcoming'],
			['已结束的招聘会', 'finished'],
		]);
	});
});
