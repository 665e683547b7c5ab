import { and, eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '@ronghe/db';
import { indicatorTargets, townships } from '@ronghe/db/schema';

/** The county's calendar day of a timestamp column. */
const day = (col: SQL) => sql`(${col} at time zone 'Asia/Shanghai')::date`;
const inTownship = (col: SQL, township: string | null) =>
	township ? sql`and ${col} = ${township}` : sql``;

async function one(db: Db, query: SQL): Promise<number> {
	const [row] = rowsOf<{ n: number | string | null }>(await db.execute(query));
	return Number(row?.n ?? 0);
}

/**
 * The counts behind the indicators (docs/indicators.md, "How each is counted"). `to` is the last
 * day counted (31 December, or today for the current year); `township` limits the people-based
 * ones to one township.
 */
export function createIndicatorsRepository() {
	return {
		/** People with a completed course whose result was recorded between `from` and `to`. */
		trained(db: Db, from: string, to: string, township: string | null) {
			return one(
				db,
				sql`select count(distinct e.person_id) as n from training_enrolments e
					join people p on p.id = e.person_id
					where e.status = 'completed'
						and ${day(sql`e.result_at`)} between ${from}::date and ${to}::date
						${inTownship(sql`p.township_code`, township)}`,
			);
		},
		/** Of the people with a training need recorded by `to`, how many had one met by then. */
		async trainingRate(db: Db, to: string, township: string | null) {
			const [row] = rowsOf<{ needing: number; met: number }>(
				await db.execute(sql`
					select count(distinct n.person_id)::int as needing,
						count(distinct n.person_id) filter (where n.met_at is not null
							and ${day(sql`n.met_at`)} <= ${to}::date)::int as met
					from training_needs n join people p on p.id = n.person_id
					where ${day(sql`n.created_at`)} <= ${to}::date
						${inTownship(sql`p.township_code`, township)}`),
			);
			return { needing: Number(row?.needing ?? 0), met: Number(row?.met ?? 0) };
		},
		/**
		 * New employment: records that make a person employed (their previous record, if any, says
		 * not employed), starting between `from` and `to`, by form. The first records of people
		 * registered before the history (source `import`) are not new.
		 */
		async newEmployment(db: Db, from: string, to: string, township: string | null) {
			return rowsOf<{ form: string | null; n: number }>(
				await db.execute(sql`
					with ordered as (
						select r.*, lag(r.status) over (partition by r.person_id
							order by r.created_at, r.id) as before
						from employment_records r
					)
					select o.form::text as form, count(distinct o.person_id)::int as n
					from ordered o join people p on p.id = o.person_id
					where o.status = 'employed' and (o.before is null or o.before = 'unemployed')
						and o.source <> 'import'
						and coalesce(o.started_on, ${day(sql`o.created_at`)})
							between ${from}::date and ${to}::date
						${inTownship(sql`p.township_code`, township)}
					group by o.form`),
			);
		},
		/** Holders on a 公益性岗位 at some point between `from` and `to`: people and relatives. */
		async publicWelfare(db: Db, from: string, to: string, township: string | null) {
			const [row] = rowsOf<{ disabled: number; relatives: number }>(
				await db.execute(sql`
					select count(distinct person_id) filter (where family_member_id is null)::int as disabled,
						count(distinct family_member_id)::int as relatives
					from public_welfare_placements
					where start_date <= ${to}::date and coalesce(ended_on, end_date) >= ${from}::date
						${inTownship(sql`township_code`, township)}`),
			);
			return { disabled: Number(row?.disabled ?? 0), relatives: Number(row?.relatives ?? 0) };
		},
		/** Practitioners holding, on `to`, a valid certificate of their qualification's kind. */
		massageCertified(db: Db, to: string, township: string | null) {
			return one(
				db,
				sql`select count(distinct m.id) as n from massage_practitioners m
					join people p on p.id = m.person_id
					join person_certificates c on c.person_id = m.person_id
					where (c.issued_on is null or c.issued_on <= ${to}::date)
						and (c.valid_until is null or c.valid_until >= ${to}::date)
						and ((m.qualification = 'medical' and c.kind = 'blind_medical_massage')
							or (m.qualification = 'health' and c.kind like 'health_massage_%'))
						${inTownship(sql`p.township_code`, township)}`,
			);
		},
		/** Fairs that began between `from` and `to`, with their registrations and hires. */
		async fairs(db: Db, from: string, to: string) {
			const [row] = rowsOf<{ held: number; registered: number; hired: number }>(
				await db.execute(sql`
					with held as (
						select id from fairs
						where state <> 'draft'
							and ${day(sql`starts_at`)} between ${from}::date and ${to}::date
					)
					select (select count(*)::int from held) as held,
						(select count(*)::int from fair_registrations r join held h on h.id = r.fair_id)
							as registered,
						(select count(*)::int from applications a join held h on h.id = a.fair_id
							where a.status = 'hired') as hired`),
			);
			return {
				held: Number(row?.held ?? 0),
				registered: Number(row?.registered ?? 0),
				hired: Number(row?.hired ?? 0),
			};
		},
		async targets(db: Db, year: number) {
			return db.select().from(indicatorTargets).where(eq(indicatorTargets.year, year));
		},
		async saveTarget(db: Db, row: typeof indicatorTargets.$inferInsert) {
			await db
				.insert(indicatorTargets)
				.values(row)
				.onConflictDoUpdate({
					target: [indicatorTargets.year, indicatorTargets.code],
					set: {
						target: row.target,
						manualActual: row.manualActual,
						note: row.note,
						updatedByUserId: row.updatedByUserId,
						updatedAt: new Date(),
					},
				});
		},
		async townshipName(db: Db, code: string) {
			const [r] = await db
				.select({ name: townships.name })
				.from(townships)
				.where(and(eq(townships.code, code)));
			return r?.name ?? null;
		},
	};
}
export type IndicatorsRepository = ReturnType<typeof createIndicatorsRepository>;
