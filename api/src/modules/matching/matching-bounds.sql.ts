/** Shared pieces of the bound queries (docs/matching.md, "Speed"): inputs and SQL filters. */
import { and, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { applications, postings } from '@ronghe/db/schema';
import type { MatchPosting, MatchSeeker, MatchWeights } from './engine.types.js';

/** What the seeker bound query reads of the posting (a MatchPosting has all of it). */
export type MatchPostingFacts = Pick<
	MatchPosting,
	| 'postType'
	| 'publicWelfareKind'
	| 'townshipCode'
	| 'place'
	| 'workMode'
	| 'acceptedCategories'
	| 'acceptedLevels'
	| 'demands'
	| 'offered'
	| 'requiredCertificates'
	| 'occupationCode'
	| 'payMin'
	| 'payMax'
	| 'publishedAt'
>;

/**
 * What the SQL can rule out before the rules run, with the same meaning as the hard rules in
 * engine.ts (category, level, certificates, 公益性岗位): a narrowing only. The rules still judge
 * every posting that comes back, so a mistake here can hide a posting but never show a wrong one;
 * tests compare the two.
 */
export type Prefilter = {
	category: number;
	components: readonly number[];
	level: number;
	certificates: readonly string[];
	townshipCode: string;
	difficulty: boolean;
};

export function prefilterSql(f: Prefilter): SQL {
	const components = sql.param([...f.components]);
	return and(
		sql`(${f.category} = any(${postings.acceptedCategories})
			or (${f.category} = 7 and cardinality(${components}::smallint[]) > 0
				and ${components}::smallint[] <@ ${postings.acceptedCategories}))`,
		sql`(cardinality(${postings.acceptedLevels}) = 0 or ${f.level} = any(${postings.acceptedLevels}))`,
		sql`${postings.requiredCertificates} <@ ${sql.param([...f.certificates])}::text[]`,
		sql`(${postings.postType} <> 'public_welfare'
			or (${postings.publicWelfareKind} = 'rural' and ${postings.townshipCode} = ${f.townshipCode})
			or (${postings.publicWelfareKind} = 'urban' and ${f.difficulty})
			or ${postings.publicWelfareKind} is null)`,
	)!;
}

/** One row of a bound query: an id, the upper bound of its rank order, and how many rows in all. */
export type Bound = { id: string; bound: number; total: number };

/** Hired and applied counts per posting, joined as `a`. */
export const counts = sql`(select ${applications.postingId} as posting_id,
	count(*) filter (where ${applications.status} = 'hired')::int as hired,
	count(*) filter (where ${applications.status} <> 'withdrawn')::int as applied
	from ${applications} group by ${applications.postingId})`;

/**
 * Runs a bound query with PostgreSQL's JIT compiler off. The planner's cost estimate of these
 * queries is high enough to compile them, and compiling takes far longer (a second and more)
 * than running them (tens of milliseconds).
 */
export async function withoutJit(db: Db, query: SQL): Promise<unknown> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`set local jit = off`);
		return tx.execute(query);
	});
}

/** postgres.js answers with the rows, PGlite with an object that holds them. */
export function boundsOf(result: unknown): Bound[] {
	const rows = (Array.isArray(result) ? result : (result as { rows: Bound[] }).rows) as Bound[];
	return rows.map((r) => ({ id: r.id, bound: Number(r.bound), total: Number(r.total) }));
}

export const textArray = (xs: readonly string[]) => sql`${sql.param([...xs])}::text[]`;

export type BoundContext = { seeker: MatchSeeker; weights: MatchWeights; now: Date; today: string };
