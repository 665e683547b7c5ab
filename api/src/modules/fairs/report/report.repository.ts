import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@ronghe/db';
import {
	applications,
	employers,
	fairBookings,
	fairBoothPostings,
	fairBooths,
	fairContacts,
	fairFollowUps,
	fairRegistrations,
	fairs,
	people,
	postings,
	townships,
} from '@ronghe/db/schema';

export type FairReportRepository = ReturnType<typeof createFairReportRepository>;

/** One grouping-set row: a `g*` flag is 1 when that column is rolled up (not grouped by). */
export type EmployerSideRow = {
	gTownship: number;
	gKind: number;
	townshipCode: string | null;
	kind: string | null;
	employers: number;
	postings: number;
	headcount: number;
};

export type SeekerSideRow = {
	gCategory: number;
	gLevel: number;
	gTownship: number;
	gKind: number;
	category: number | null;
	level: number | null;
	townshipCode: string | null;
	kind: string | null;
	seekers: number;
	applications: number;
	interviews: number;
	intentions: number;
	hires: number;
	retained: number;
	retained30: number;
	retained60: number;
	retained90: number;
};

const figure = (name: string) => sql.raw(`count(*) filter (where f.figure = '${name}')::int`);

/**
 * The report's reads: two grouped queries (GROUPING SETS), one per side, so each breakdown and
 * the totals come out of the same scan and always add up the same way.
 */
export function createFairReportRepository() {
	return {
		fair: async (db: Db, id: string) => (await db.select().from(fairs).where(eq(fairs.id, id)))[0],

		/** Whether the fair was run on the platform: it has booths (any status) or registrations. */
		hasRecords: async (db: Db, fairId: string) =>
			!!rowsOf<{ any: boolean }>(
				await db.execute(sql`select exists (select 1 from ${fairBooths} where fair_id = ${fairId})
					or exists (select 1 from ${fairRegistrations} where fair_id = ${fairId}) as "any"`),
			)[0]?.any,

		townshipNames: async (db: Db) =>
			new Map(
				(await db.select({ code: townships.code, name: townships.name }).from(townships)).map(
					(t) => [t.code, t.name],
				),
			),

		/** Approved booths, their postings and headcount: by employer township, kind and overall. */
		employerSide: async (db: Db, fairId: string) =>
			rowsOf<EmployerSideRow>(
				await db.execute(sql`
				select grouping(e.township_code)::int as "gTownship", grouping(e.kind)::int as "gKind",
					e.township_code as "townshipCode", e.kind::text as "kind",
					count(distinct b.employer_id)::int as "employers",
					count(bp.posting_id)::int as "postings",
					coalesce(sum(p.headcount), 0)::int as "headcount"
				from ${fairBooths} b
				join ${employers} e on e.id = b.employer_id
				left join ${fairBoothPostings} bp on bp.booth_id = b.id
				left join ${postings} p on p.id = bp.posting_id
				where b.fair_id = ${fairId} and b.status = 'approved'
				group by grouping sets ((), (e.township_code), (e.kind))`),
			),

		/**
		 * Seeker-side facts (one row per registration, application, booking, intention, hire and
		 * visit), each with its person and, where it has one, its employer; then counted by the
		 * person's category, level and township, the employer's kind and overall. 回访在岗 counts a
		 * hire whose latest recorded visit found the person still employed.
		 */
		seekerSide: async (db: Db, fairId: string) =>
			rowsOf<SeekerSideRow>(
				await db.execute(sql`
				with f as (
					select 'seekers' as figure, r.person_id, null::uuid as employer_id
						from ${fairRegistrations} r where r.fair_id = ${fairId}
					union all
					select 'applications', a.person_id, a.employer_id
						from ${applications} a where a.fair_id = ${fairId}
					union all
					select 'hires', a.person_id, a.employer_id
						from ${applications} a where a.fair_id = ${fairId} and a.status = 'hired'
					union all
					select 'interviews', k.person_id, b.employer_id
						from ${fairBookings} k join ${fairBooths} b on b.id = k.booth_id
						where k.fair_id = ${fairId} and k.status = 'booked'
					union all
					select 'intentions', c.person_id, b.employer_id
						from ${fairContacts} c join ${fairBooths} b on b.id = c.booth_id
						where b.fair_id = ${fairId} and c.intention_at is not null
					union all
					select 'retained' || v.day, a.person_id, a.employer_id
						from ${fairFollowUps} v join ${applications} a on a.id = v.application_id
						where a.fair_id = ${fairId} and v.done_at is not null and v.still_employed
					union all
					select 'retained', a.person_id, a.employer_id
						from ${applications} a
						join lateral (
							select v.still_employed from ${fairFollowUps} v
							where v.application_id = a.id and v.done_at is not null
							order by v.day desc limit 1
						) latest on true
						where a.fair_id = ${fairId} and latest.still_employed
				)
				select grouping(p.category)::int as "gCategory", grouping(p.level)::int as "gLevel",
					grouping(p.township_code)::int as "gTownship", grouping(e.kind)::int as "gKind",
					p.category::int as "category", p.level::int as "level",
					p.township_code as "townshipCode", e.kind::text as "kind",
					${figure('seekers')} as "seekers", ${figure('applications')} as "applications",
					${figure('interviews')} as "interviews", ${figure('intentions')} as "intentions",
					${figure('hires')} as "hires", ${figure('retained')} as "retained",
					${figure('retained30')} as "retained30", ${figure('retained60')} as "retained60",
					${figure('retained90')} as "retained90"
				from f
				join ${people} p on p.id = f.person_id
				left join ${employers} e on e.id = f.employer_id
				group by grouping sets ((), (p.category), (p.level), (p.township_code), (e.kind))`),
			),
	};
}
