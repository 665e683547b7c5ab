import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PostingFilter } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { employers, occupations, postings, townships } from '@ronghe/db/schema';
import { postingFilterSql, visibleSql, type PostingFilterContext } from './postings-filter.sql.js';

export type FallbackSort =
	| { by: 'relevance'; q: string }
	| { by: 'newest' | 'pay' }
	| { by: 'distance'; lat: number; lng: number };

const summary = {
	id: postings.id,
	title: postings.title,
	description: postings.description,
	employerName: employers.name,
	postType: postings.postType,
	workMode: postings.workMode,
	townshipCode: postings.townshipCode,
	townshipName: townships.name,
	payMin: postings.payMin,
	payMax: postings.payMax,
	headcount: postings.headcount,
	acceptedCategories: postings.acceptedCategories,
	accommodations: postings.accommodations,
	publishedAt: postings.publishedAt,
	closingDate: postings.closingDate,
};

const detail = {
	...summary,
	address: postings.address,
	occupationCode: postings.occupationCode,
	occupationName: occupations.name,
	employerId: postings.employerId,
	acceptedLevels: postings.acceptedLevels,
	socialInsurance: postings.socialInsurance,
	hours: postings.hours,
	requiredCertificates: postings.requiredCertificates,
	publicWelfareKind: postings.publicWelfareKind,
	termStart: postings.termStart,
	termEnd: postings.termEnd,
	familyPriority: postings.familyPriority,
	workplaceAccess: employers.accessibility,
	workplaceAccessNote: employers.accessibilityNote,
	contactMode: postings.contactMode,
	contactName: postings.contactName,
	contactPhone: postings.contactPhone,
};

function orderBy(sort: FallbackSort): SQL[] {
	switch (sort.by) {
		case 'relevance':
			return sort.q
				? [sql`similarity(${postings.title}, ${sort.q}) desc`, desc(postings.publishedAt)]
				: [desc(postings.publishedAt)];
		case 'newest':
			return [desc(postings.publishedAt)];
		case 'pay':
			return [sql`${postings.payMax} desc nulls last`, desc(postings.publishedAt)];
		case 'distance':
			// equirectangular distance: exact enough to order places within one county
			return [
				sql`power(${postings.latitude} - ${sort.lat}, 2) + power((${postings.longitude} - ${sort.lng}) * cos(radians(${sort.lat})), 2) asc nulls last`,
				desc(postings.publishedAt),
			];
	}
}

/** The facets of the fallback and the column each counts (array columns count each item). */
const FACET_COLUMNS = {
	township: 'township_code',
	postType: 'post_type',
	workMode: 'work_mode',
	category: 'accepted_categories',
	accommodations: 'accommodations',
} as const;
type Row = Record<string, unknown>;
const ARRAY_FACETS: ReadonlySet<FacetName> = new Set(['category', 'accommodations']);
export type FacetName = keyof typeof FACET_COLUMNS;

export function createPostingsRepository() {
	return {
		/** Fallback search: one page of matches, in the asked-for order. */
		async search(
			db: Db,
			f: PostingFilter,
			ctx: PostingFilterContext,
			sort: FallbackSort,
			limit: number,
			offset: number,
		) {
			const rows = await db
				.select(summary)
				.from(postings)
				.innerJoin(employers, eq(employers.id, postings.employerId))
				.innerJoin(townships, eq(townships.code, postings.townshipCode))
				.leftJoin(occupations, eq(occupations.code, postings.occupationCode))
				.where(postingFilterSql(f, ctx))
				.orderBy(...orderBy(sort), desc(postings.id))
				.limit(limit)
				.offset(offset);
			return rows;
		},
		/**
		 * The number of matches and the matches per value of every facet, in one statement: the
		 * text match (a scan when words are short) runs once, not once per count.
		 */
		async countAndFacets(
			db: Db,
			f: PostingFilter,
			ctx: PostingFilterContext,
		): Promise<{ total: number; facets: Record<FacetName, Record<string, number>> }> {
			const matches = db
				.select({
					township_code: postings.townshipCode,
					post_type: sql<string>`${postings.postType}::text`.as('post_type'),
					work_mode: sql<string>`${postings.workMode}::text`.as('work_mode'),
					accepted_categories: postings.acceptedCategories,
					accommodations: postings.accommodations,
				})
				.from(postings)
				.innerJoin(employers, eq(employers.id, postings.employerId))
				.innerJoin(townships, eq(townships.code, postings.townshipCode))
				.leftJoin(occupations, eq(occupations.code, postings.occupationCode))
				.where(postingFilterSql(f, ctx));
			const facet = (name: FacetName) => {
				const column = sql.identifier(FACET_COLUMNS[name]);
				const value = ARRAY_FACETS.has(name) ? sql`unnest(${column})::text` : column;
				return sql`(select coalesce(json_object_agg(v, n), '{}'::json) from (
					select v, count(*)::int as n from (select ${value} as v from m) as facet_values
					where v is not null group by v) as counts)`;
			};
			const names = Object.keys(FACET_COLUMNS) as FacetName[];
			const result = (await db.execute(sql`with m as materialized (${matches})
				select (select count(*)::int from m) as total,
				${sql.join(
					names.map((name) => sql`${facet(name)} as ${sql.identifier(name)}`),
					sql`, `,
				)}`)) as unknown as Row[] | { rows: Row[] };
			// postgres.js answers with the rows, PGlite with an object that holds them
			const row = (Array.isArray(result) ? result[0] : result.rows[0]) ?? {};
			const parse = (v: unknown) =>
				(typeof v === 'string' ? JSON.parse(v) : (v ?? {})) as Record<string, number>;
			return {
				total: Number(row.total ?? 0),
				facets: Object.fromEntries(names.map((n) => [n, parse(row[n])])) as Record<
					FacetName,
					Record<string, number>
				>,
			};
		},
		/** The visible postings among `ids`, for hydrating search hits (unordered). */
		async findVisible(db: Db, ids: string[], today: string) {
			if (ids.length === 0) return [];
			return db
				.select(summary)
				.from(postings)
				.innerJoin(employers, eq(employers.id, postings.employerId))
				.innerJoin(townships, eq(townships.code, postings.townshipCode))
				.leftJoin(occupations, eq(occupations.code, postings.occupationCode))
				.where(and(inArray(postings.id, ids), visibleSql(today)));
		},
		async findPublished(db: Db, id: string, today: string) {
			const [row] = await db
				.select(detail)
				.from(postings)
				.innerJoin(employers, eq(employers.id, postings.employerId))
				.innerJoin(townships, eq(townships.code, postings.townshipCode))
				.leftJoin(occupations, eq(occupations.code, postings.occupationCode))
				.where(and(eq(postings.id, id), visibleSql(today)));
			return row;
		},
		async townshipPoint(db: Db, code: string) {
			const [row] = await db
				.select({ lat: townships.latitude, lng: townships.longitude })
				.from(townships)
				.where(eq(townships.code, code));
			return row;
		},
	};
}
export type PostingsRepository = ReturnType<typeof createPostingsRepository>;
