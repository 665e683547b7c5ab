import { beforeAll, describe, expect, it } from 'vitest';
import { drainOnce } from '@ronghe/search';
import {
	FILTER_CASES,
	FILTERS_NOW,
	seedFilterPostings,
	TEXT_DIFFERENCES,
} from '../fixtures/posting-filters.js';
import { useApi } from '../support/app.js';
import { matcherIds, namesOf, searchIds } from '../support/filter-paths.js';

type Seeded = Awaited<ReturnType<typeof seedFilterPostings>>;

/**
 * The posting filter through the database paths: the PostgreSQL fallback of /jobs and the
 * saved-search alert matcher share one SQL translation and must give the same postings. The
 * comparison with Meilisearch itself is in tests/infra/posting-filters.test.ts (the lane with a
 * real Meilisearch); the fake engine here only stands in for the page when search is up.
 */
describe('one posting filter: search fallback and alert matcher', () => {
	let seeded: Seeded;
	const t = useApi({
		now: () => FILTERS_NOW,
		async prepare(handle) {
			seeded = await seedFilterPostings(handle.db);
		},
	});
	beforeAll(() => drainOnce(t.handle.db, t.search));

	it('tells of the postings a search for 2,500 元 or more showed, once saved as an alert', async () => {
		// the seeker searches /jobs for pay of at least 2,500 元 a month…
		const page = await searchIds(t.app, { payMin: 2500 });
		expect(page.degraded).toBe(false);
		expect(namesOf(page.ids, seeded.ids)).toEqual(['homeService', 'massage', 'shelves']);
		// …saves that search as an alert, and the matcher runs after the postings are published
		const [alerted] = await matcherIds(t.app, t.handle.db, [{ payMin: 2500 }]);
		// 超市理货员 pays 2,000–3,000 and 居家客服专员 1,800–2,600: the page showed both
		expect(namesOf(alerted!, seeded.ids)).toEqual(namesOf(page.ids, seeded.ids));
	});

	it('gives the same postings in the fallback and the matcher for every filter of the table', async () => {
		t.search.down = true;
		try {
			const filters = FILTER_CASES.map((c) => c.filter(seeded.fairId));
			const expected = Object.fromEntries(
				FILTER_CASES.map((c) => [c.name, [...c.expected].sort()]),
			);
			const fallback: Record<string, string[]> = {};
			for (const [i, c] of FILTER_CASES.entries()) {
				const res = await searchIds(t.app, filters[i]!);
				expect(res.degraded).toBe(true);
				fallback[c.name] = namesOf(res.ids, seeded.ids);
			}
			const matched = await matcherIds(t.app, t.handle.db, filters);
			const matcher = Object.fromEntries(
				FILTER_CASES.map((c, i) => [c.name, namesOf(matched[i]!, seeded.ids)]),
			);
			expect(fallback).toEqual(expected);
			expect(matcher).toEqual(expected);
		} finally {
			t.search.down = false;
		}
	});

	it('agrees on free text too, except pinyin, which only the matcher can check', async () => {
		t.search.down = true;
		try {
			for (const d of TEXT_DIFFERENCES) {
				const fallback = await searchIds(t.app, d.filter());
				expect(namesOf(fallback.ids, seeded.ids), d.name).toEqual([...d.fallback].sort());
				const [matched] = await matcherIds(t.app, t.handle.db, [d.filter()]);
				expect(namesOf(matched!, seeded.ids), d.name).toEqual([...d.matcher].sort());
			}
		} finally {
			t.search.down = false;
		}
	});
});
