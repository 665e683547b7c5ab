import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	applications,
	employers,
	people,
	personCertificates,
	postings,
	townships,
} from '@ronghe/db/schema';
import { columns as candidateColumns, visibleTo } from '../candidates/candidates.repository.js';
import { visibleSql } from '../postings/postings-filter.sql.js';
import { DEFAULT_REACH_KM as DEFAULT_REACH } from './engine.js';
import type { MatchPosting, MatchSeeker, MatchWeights } from './engine.types.js';
import {
	abilityForPostingSql,
	abilityForSeekerSql,
	certificatesSql,
	crowdingSql,
	distanceSql,
	freshnessSql,
	gapClosers,
	kindsMeeting,
	kmSql,
	needsForPostingSql,
	needsForSeekerSql,
	paySql,
	scoreBoundSql,
	unmetAnswers,
	wishesSql,
} from './matching.bounds.js';

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
const counts = sql`(select ${applications.postingId} as posting_id,
	count(*) filter (where ${applications.status} = 'hired')::int as hired,
	count(*) filter (where ${applications.status} <> 'withdrawn')::int as applied
	from ${applications} group by ${applications.postingId})`;

/**
 * Runs a bound query with PostgreSQL's JIT compiler off. The planner's cost estimate of these
 * queries is high enough to compile them, and compiling takes far longer (a second and more)
 * than running them (tens of milliseconds).
 */
async function withoutJit(db: Db, query: SQL): Promise<unknown> {
	return db.transaction(async (tx) => {
		await tx.execute(sql`set local jit = off`);
		return tx.execute(query);
	});
}

/** postgres.js answers with the rows, PGlite with an object that holds them. */
function boundsOf(result: unknown): Bound[] {
	const rows = (Array.isArray(result) ? result : (result as { rows: Bound[] }).rows) as Bound[];
	return rows.map((r) => ({ id: r.id, bound: Number(r.bound), total: Number(r.total) }));
}

const textArray = (xs: readonly string[]) => sql`${sql.param([...xs])}::text[]`;

export type BoundContext = { seeker: MatchSeeker; weights: MatchWeights; now: Date; today: string };

/** The bound queries of the matching repository (docs/matching.md, "Speed"). */
export function createBoundQueries() {
	return {
		/**
		 * Every posting the hard rules of engine.ts leave in for this seeker (open, category,
		 * level, essential demands, certificates, distance, 公益性岗位), best bound first, a page of
		 * `limit` from `offset`; each row carries the count of all.
		 */
		async postingBounds(
			db: Db,
			{ seeker: s, weights, now, today }: BoundContext,
			f: Prefilter,
			limit: number,
			offset: number,
		): Promise<Bound[]> {
			const offered = sql`(${postings.accommodations} || ${employers.accessibility})`;
			const homeBased = sql`(${postings.workMode} = 'home_based' or ${postings.postType} = 'home_based')`;
			const km = kmSql(
				sql`${s.home.latitude}::float8`,
				sql`${s.home.longitude}::float8`,
				sql`coalesce(${postings.latitude}, ${townships.latitude})`,
				sql`coalesce(${postings.longitude}, ${townships.longitude})`,
			);
			const hiredNow = sql`coalesce(a.hired, 0)`;
			const bound = sql`${scoreBoundSql(weights, {
				ability: abilityForSeekerSql(s.ability, sql`${postings.demands}`, offered),
				needs: needsForSeekerSql(s.needs, offered),
				wishes: wishesSql(
					sql`${postings.occupationCode}`,
					sql`${postings.workMode}`,
					textArray(s.wishedOccupations),
					textArray(s.wishedWorkModes),
				),
				certificates: certificatesSql(
					sql`${postings.requiredCertificates}`,
					sql`${postings.occupationCode}`,
					textArray(s.trainedOccupations),
				),
				pay: paySql(
					sql`coalesce(${postings.payMax}, ${postings.payMin})`,
					sql`${s.expectedPayMin}::int`,
				),
				distance: distanceSql(homeBased, km, sql`${s.maxTravelKm ?? DEFAULT_REACH}::float8`),
				priority: sql`${s.priorities.length ? 1 : 0}::float8`,
				freshness: freshnessSql(sql`${postings.publishedAt}`, now),
			})} - ${crowdingSql(sql`coalesce(a.applied, 0)`, sql`${postings.headcount}`, hiredNow)}`;
			const gaps = gapClosers(s.ability).map(
				({ item, closers }) =>
					sql`not (coalesce(${postings.demands} ->> ${item}, '') = 'essential'
						and not (${offered} && ${textArray(closers)}))`,
			);
			const rows = await withoutJit(
				db,
				sql`select ${postings.id} as id, ${bound} as bound,
					count(*) over ()::int as total
				from ${postings}
				join ${employers} on ${employers.id} = ${postings.employerId}
				join ${townships} on ${townships.code} = ${postings.townshipCode}
				left join ${counts} a on a.posting_id = ${postings.id}
				where ${and(
					visibleSql(today),
					sql`${hiredNow} < ${postings.headcount}`,
					prefilterSql(f),
					...gaps,
					s.maxTravelKm === null
						? undefined
						: sql`(${homeBased} or ${km} <= ${s.maxTravelKm}::float8 + 1e-9)`,
				)}
				order by 2 desc, ${postings.publishedAt} desc, ${postings.id}
				limit ${limit} offset ${offset}`,
			);
			return boundsOf(rows);
		},
		/**
		 * Seekers this employer may see whom the hard rules leave in for the posting (as
		 * `seekersFor`, and essential demands, certificates, distance and urban 公益性岗位 too), best
		 * bound first, a page of `limit` from `offset`; each row carries the count of all.
		 */
		async seekerBounds(
			db: Db,
			employerId: string,
			p: MatchPostingFacts,
			{ weights, now, today }: Omit<BoundContext, 'seeker'>,
			limit: number,
			offset: number,
		): Promise<Bound[]> {
			const homeBased = p.workMode === 'home_based' || p.postType === 'home_based';
			const km = kmSql(
				sql`${townships.latitude}`,
				sql`${townships.longitude}`,
				sql`${p.place.latitude}::float8`,
				sql`${p.place.longitude}::float8`,
			);
			const facts = candidateColumns(employerId);
			const bound = sql`${scoreBoundSql(weights, {
				ability: abilityForPostingSql(p.demands, p.offered, sql`${people.ability}`),
				needs: needsForPostingSql(p.offered, sql`${people.passport}`),
				wishes: wishesSql(
					sql`${p.occupationCode}::text`,
					sql`${p.workMode}::text`,
					sql`${people.desiredOccupations}`,
					sql`${people.desiredWorkModes}`,
				),
				// toSeeker: no completed courses and no priority statuses are read yet
				certificates: certificatesSql(
					textArray(p.requiredCertificates),
					sql`${p.occupationCode}::text`,
					sql`'{}'::text[]`,
				),
				pay: paySql(sql`${p.payMax ?? p.payMin}::int`, sql`${people.expectedPayMin}`),
				distance: distanceSql(
					sql`${homeBased}`,
					km,
					sql`coalesce(${people.maxTravelKm}, ${DEFAULT_REACH})`,
				),
				priority: sql`0::float8`,
				freshness: freshnessSql(
					sql`${p.publishedAt ? p.publishedAt.toISOString() : null}::timestamptz`,
					now,
				),
			})} + case when ${facts.applied} or ${facts.acceptedInvitation} then 0.5 else 0 end`;
			const accepted = sql.param([...p.acceptedCategories]);
			const levels = sql.param([...p.acceptedLevels]);
			const essential = Object.entries(p.demands)
				.filter(([, kind]) => kind === 'essential')
				.map(([item]) => {
					const unmet = unmetAnswers(item, p.offered);
					return unmet.length
						? sql`coalesce((${people.ability} ->> ${item}) <> all(${textArray(unmet)}), true)`
						: undefined;
				});
			const certificates = p.requiredCertificates.map(
				(kind) => sql`exists (select 1 from ${personCertificates}
					where ${personCertificates.personId} = ${people.id}
					and ${personCertificates.kind} = any(${textArray(kindsMeeting(kind))})
					and (${personCertificates.validUntil} is null or ${personCertificates.validUntil} >= ${today}::date))`,
			);
			const rows = await withoutJit(
				db,
				sql`select ${people.id} as id, ${bound} as bound,
					count(*) over ()::int as total
				from ${people}
				join ${townships} on ${townships.code} = ${people.townshipCode}
				where ${and(
					visibleTo(employerId, {}),
					sql`(${people.category} = any(${accepted}::smallint[])
						or (${people.category} = 7 and cardinality(${people.categoryComponents}) > 0
							and ${people.categoryComponents} <@ ${accepted}::smallint[]))`,
					p.acceptedLevels.length ? sql`${people.level} = any(${levels}::smallint[])` : undefined,
					p.postType === 'public_welfare' && p.publicWelfareKind === 'rural'
						? eq(people.townshipCode, p.townshipCode)
						: undefined,
					// toSeeker reads no 就业困难人员认定 yet: nobody may take an urban one
					p.postType === 'public_welfare' && p.publicWelfareKind === 'urban'
						? sql`false`
						: undefined,
					...essential,
					...certificates,
					homeBased
						? undefined
						: sql`(${people.maxTravelKm} is null or ${km} <= ${people.maxTravelKm}::float8 + 1e-9)`,
				)}
				order by 2 desc, ${people.id}
				limit ${limit} offset ${offset}`,
			);
			return boundsOf(rows);
		},
		/** These seekers with the visibility facts for this employer, for the rules. */
		async seekersById(db: Db, employerId: string, ids: readonly string[]) {
			if (ids.length === 0) return [];
			return db
				.select({
					...candidateColumns(employerId),
					latitude: townships.latitude,
					longitude: townships.longitude,
				})
				.from(people)
				.innerJoin(townships, eq(townships.code, people.townshipCode))
				.where(sql`${people.id} = any(${sql.param([...ids])}::uuid[])`);
		},
	};
}
