import type {
	Posting,
	PostingHit,
	PostingList,
	PostingListQuery,
	PostingSummary,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	synonymsSetting,
	type SearchEngine,
	type SearchQuery,
	type SearchResult,
	type SearchSort,
} from '@ronghe/search';
import { NotFoundError, RuleViolationError } from '../../errors.js';
import { createCircuitBreaker, type CircuitBreaker } from './circuit-breaker.js';
import { cropAround, markWords } from './highlight.js';
import { postingFilterSearch } from './postings-filter.search.js';
import { localDay, queryWords, withSynonyms } from './postings-filter.sql.js';
import type { FacetName, FallbackSort, PostingsRepository } from './postings.repository.js';

type Deps = {
	db: Db;
	postingsRepo: PostingsRepository;
	engine: Pick<SearchEngine, 'search'>;
	now: () => Date;
	breaker?: CircuitBreaker;
};
export type PostingsService = ReturnType<typeof createPostingsService>;

/** API facet name → index attribute. */
const FACETS: Record<FacetName, string> = {
	township: 'townshipCode',
	postType: 'postType',
	workMode: 'workMode',
	category: 'acceptedCategories',
	accommodations: 'accommodations',
};
const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/**
 * The facets a filter pins to one value: a posting has one township, one post type and one work
 * mode, so with one of them chosen its count is the number of results, and the search engine is
 * not asked to count it (with few results that counting is the slowest part of a search).
 */
function pinnedFacets(q: PostingListQuery): Partial<Record<FacetName, string>> {
	return {
		...(q.township ? { township: q.township } : {}),
		...(q.postType.length === 1 ? { postType: q.postType[0] } : {}),
		...(q.workMode.length === 1 ? { workMode: q.workMode[0] } : {}),
	};
}

/** The index's synonyms setting, for the fallback, which has none of its own. */
const SYNONYMS = synonymsSetting();

type Point = { lat: number; lng: number };
type SummaryRow = Awaited<ReturnType<PostingsRepository['search']>>[number];

function toSummary({ description: _d, ...r }: SummaryRow): PostingSummary {
	return {
		...r,
		acceptedCategories: [...r.acceptedCategories],
		publishedAt: r.publishedAt ? r.publishedAt.toISOString() : null,
	};
}

/** The search for a query: the posting filter (postings-filter.search.ts), order, page, facets. */
function engineQuery(q: PostingListQuery, today: string, near: Point | undefined): SearchQuery {
	const pinned = pinnedFacets(q);
	const filters = postingFilterSearch(q, today);
	const newest: SearchSort = { field: 'publishedAt', dir: 'desc' };
	const sort: SearchSort[] =
		q.sort === 'newest'
			? [newest]
			: q.sort === 'pay'
				? [{ field: 'payMax', dir: 'desc' }, newest]
				: near
					? [{ near }, newest]
					: q.q
						? []
						: [newest];
	return {
		q: q.q ?? '',
		filters,
		sort,
		facets: FACET_NAMES.filter((f) => !(f in pinned)).map((f) => FACETS[f]),
		offset: (q.page - 1) * q.pageSize,
		limit: q.pageSize,
		highlight: { attributes: ['title', 'description'], crop: ['description'], cropLength: 30 },
	};
}

export function createPostingsService({ db, postingsRepo, engine, now, breaker }: Deps) {
	const search = breaker ?? createCircuitBreaker();

	async function fromEngine(
		q: PostingListQuery,
		today: string,
		res: SearchResult,
	): Promise<PostingList> {
		// the index may lag the database by a moment: show only what is still public
		const rows = await postingsRepo.findVisible(
			db,
			res.hits.map((h) => h.id),
			today,
		);
		const byId = new Map(rows.map((r) => [r.id, r]));
		const words = queryWords(q.q);
		const items = res.hits.flatMap((hit): PostingHit[] => {
			const row = byId.get(hit.id);
			if (!row) return [];
			return [
				{
					...toSummary(row),
					highlights: {
						title: hit.highlights.title ?? markWords(row.title, words),
						description: hit.highlights.description ?? cropAround(row.description, words),
					},
				},
			];
		});
		const pinned = pinnedFacets(q);
		const facet = (name: FacetName) => {
			const value = pinned[name];
			if (value === undefined) return res.facets[FACETS[name]] ?? {};
			return res.total > 0 ? { [value]: res.total } : {};
		};
		return {
			items,
			total: res.total,
			page: q.page,
			pageSize: q.pageSize,
			facets: {
				township: facet('township'),
				postType: facet('postType'),
				workMode: facet('workMode'),
				category: facet('category'),
				accommodations: facet('accommodations'),
			},
			degraded: false,
		};
	}

	async function fromDatabase(
		q: PostingListQuery,
		today: string,
		near: Point | undefined,
	): Promise<PostingList> {
		const words = queryWords(q.q);
		const ctx = { today, synonyms: SYNONYMS };
		const sort: FallbackSort =
			q.sort === 'newest' || q.sort === 'pay'
				? { by: q.sort }
				: near
					? { by: 'distance', ...near }
					: { by: 'relevance', q: q.q ?? '' };
		const [rows, { total, facets }] = await Promise.all([
			postingsRepo.search(db, q, ctx, sort, q.pageSize, (q.page - 1) * q.pageSize),
			postingsRepo.countAndFacets(db, q, ctx),
		]);
		const marked = words.flatMap((w) => withSynonyms(w, SYNONYMS));
		return {
			items: rows.map((row) => ({
				...toSummary(row),
				highlights: {
					title: markWords(row.title, marked),
					description: cropAround(row.description, marked),
				},
			})),
			total,
			page: q.page,
			pageSize: q.pageSize,
			facets: facets as PostingList['facets'],
			degraded: true,
		};
	}

	return {
		/**
		 * Public search. Meilisearch answers when it can; when it is down, slow or failing the
		 * database answers with the same filters (`degraded: true`), and the breaker keeps
		 * later requests from waiting on it until a probe succeeds.
		 */
		async list(q: PostingListQuery): Promise<PostingList> {
			const today = localDay(now());
			let near: Point | undefined;
			if (q.sort === 'distance') {
				const from = q.near ?? q.township;
				near = from ? await postingsRepo.townshipPoint(db, from) : undefined;
				if (!near)
					throw new RuleViolationError(
						'unknown_township',
						'按距离排序要先选一个乡镇，才知道离哪里近。',
					);
			}
			if (search.allow()) {
				try {
					const res = await engine.search('postings', engineQuery(q, today, near));
					search.succeed();
					return await fromEngine(q, today, res);
				} catch {
					search.fail();
				}
			}
			return fromDatabase(q, today, near);
		},
		/** True while searches are answered by the database fallback. */
		get degraded(): boolean {
			return search.open;
		},
		async get(id: string): Promise<Posting> {
			const row = await postingsRepo.findPublished(db, id, localDay(now()));
			if (!row) throw new NotFoundError('posting', id);
			const { contactMode, contactName, contactPhone, ...rest } = row;
			// a named person only when the employer chose to be called directly
			const direct = contactMode === 'direct' && contactPhone !== '';
			return {
				...rest,
				...toSummary(row),
				description: row.description,
				acceptedLevels: [...row.acceptedLevels],
				requiredCertificates: [...row.requiredCertificates],
				workplaceAccess: [...row.workplaceAccess],
				contact: direct
					? { mode: 'direct', name: contactName, phone: contactPhone }
					: { mode: 'federation', name: '', phone: '' },
			};
		},
	};
}
