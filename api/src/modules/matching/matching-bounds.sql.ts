/** The SQL prefilter of the fallback (docs/matching.md, "Speed"), a row's bound, counts. */
import { and, sql, type SQL } from 'drizzle-orm';
import { applications, postings } from '@ronghe/db/schema';

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

/** One row of a ranking: an id, the upper bound of its rank order, and how many rows in all. */
export type Bound = { id: string; bound: number; total: number };

/** Hired and applied counts per posting, joined as `a`. */
export const counts = sql`(select ${applications.postingId} as posting_id,
	count(*) filter (where ${applications.status} = 'hired')::int as hired,
	count(*) filter (where ${applications.status} <> 'withdrawn')::int as applied
	from ${applications} group by ${applications.postingId})`;
