import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { employers, people, personCertificates, postings, townships } from '@ronghe/db/schema';
import { columns as candidateColumns, visibleTo } from '../candidates/candidates.repository.js';
import { visibleSql } from '../postings/postings-filter.sql.js';
import { DEFAULT_REACH_KM as DEFAULT_REACH } from './engine.js';
import {
	boundsOf,
	counts,
	prefilterSql,
	textArray,
	withoutJit,
	type Bound,
	type BoundContext,
	type MatchPostingFacts,
	type Prefilter,
} from './matching-bounds.sql.js';
// the bound of each factor, as engine.ts computes it
import * as B from './matching.bounds.js';

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
			const km = B.kmSql(
				sql`${s.home.latitude}::float8`,
				sql`${s.home.longitude}::float8`,
				sql`coalesce(${postings.latitude}, ${townships.latitude})`,
				sql`coalesce(${postings.longitude}, ${townships.longitude})`,
			);
			const hiredNow = sql`coalesce(a.hired, 0)`;
			const bound = sql`${B.scoreBoundSql(weights, {
				ability: B.abilityForSeekerSql(s.ability, sql`${postings.demands}`, offered),
				needs: B.needsForSeekerSql(s.needs, offered),
				wishes: B.wishesSql(
					sql`${postings.occupationCode}`,
					sql`${postings.workMode}`,
					textArray(s.wishedOccupations),
					textArray(s.wishedWorkModes),
				),
				certificates: B.certificatesSql(
					sql`${postings.requiredCertificates}`,
					sql`${postings.occupationCode}`,
					textArray(s.trainedOccupations),
				),
				pay: B.paySql(
					sql`coalesce(${postings.payMax}, ${postings.payMin})`,
					sql`${s.expectedPayMin}::int`,
				),
				distance: B.distanceSql(homeBased, km, sql`${s.maxTravelKm ?? DEFAULT_REACH}::float8`),
				priority: sql`${s.priorities.length ? 1 : 0}::float8`,
				freshness: B.freshnessSql(sql`${postings.publishedAt}`, now),
			})} - ${B.crowdingSql(sql`coalesce(a.applied, 0)`, sql`${postings.headcount}`, hiredNow)}`;
			const gaps = B.gapClosers(s.ability).map(
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
			const km = B.kmSql(
				sql`${townships.latitude}`,
				sql`${townships.longitude}`,
				sql`${p.place.latitude}::float8`,
				sql`${p.place.longitude}::float8`,
			);
			const facts = candidateColumns(employerId);
			const bound = sql`${B.scoreBoundSql(weights, {
				ability: B.abilityForPostingSql(p.demands, p.offered, sql`${people.ability}`),
				needs: B.needsForPostingSql(p.offered, sql`${people.passport}`),
				wishes: B.wishesSql(
					sql`${p.occupationCode}::text`,
					sql`${p.workMode}::text`,
					sql`${people.desiredOccupations}`,
					sql`${people.desiredWorkModes}`,
				),
				// toSeeker: no completed courses and no priority statuses are read yet
				certificates: B.certificatesSql(
					textArray(p.requiredCertificates),
					sql`${p.occupationCode}::text`,
					sql`'{}'::text[]`,
				),
				pay: B.paySql(sql`${p.payMax ?? p.payMin}::int`, sql`${people.expectedPayMin}`),
				distance: B.distanceSql(
					sql`${homeBased}`,
					km,
					sql`coalesce(${people.maxTravelKm}, ${DEFAULT_REACH})`,
				),
				priority: sql`0::float8`,
				freshness: B.freshnessSql(
					sql`${p.publishedAt ? p.publishedAt.toISOString() : null}::timestamptz`,
					now,
				),
			})} + case when ${facts.applied} or ${facts.acceptedInvitation} then 0.5 else 0 end`;
			const accepted = sql.param([...p.acceptedCategories]);
			const levels = sql.param([...p.acceptedLevels]);
			const essential = Object.entries(p.demands)
				.filter(([, kind]) => kind === 'essential')
				.map(([item]) => {
					const unmet = B.unmetAnswers(item, p.offered);
					return unmet.length
						? sql`coalesce((${people.ability} ->> ${item}) <> all(${textArray(unmet)}), true)`
						: undefined;
				});
			const certificates = p.requiredCertificates.map(
				(kind) => sql`exists (select 1 from ${personCertificates}
					where ${personCertificates.personId} = ${people.id}
					and ${personCertificates.kind} = any(${textArray(B.kindsMeeting(kind))})
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
