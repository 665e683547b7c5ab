import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@ronghe/db';
import { applications, fairFollowUps, fairs } from '@ronghe/db/schema';

export type FollowUpsRepository = ReturnType<typeof createFollowUpsRepository>;

export type FollowUpRow = {
	id: string;
	day: number;
	dueAt: Date;
	doneAt: Date | null;
	stillEmployed: boolean | null;
	monthlyWage: number | null;
	problems: string;
	personId: string;
	personName: string;
	townshipName: string | null;
	employerName: string;
	postingTitle: string;
	recordedByName: string | null;
	previousDay: number | null;
	previousEmployed: boolean | null;
};

/** What can be seen of one visit, and the columns a record changes. */
export type FollowUpRecord = {
	stillEmployed: boolean;
	monthlyWage: number | null;
	problems: string;
	recordedBy: string;
	doneAt: Date;
};

/** Bounds of the states, in the database's clock-free terms: the caller passes `now`. */
type Window = { now: Date; earlyMs: number; graceMs: number };

// the clock goes as text: postgres.js takes no Date in a raw parameter (PGlite does)
const stateSql = ({ now, earlyMs, graceMs }: Window) => sql`case
	when v.done_at is not null then 'done'
	when v.due_at - ${earlyMs} * interval '1 millisecond' > ${now.toISOString()}::timestamptz
		then 'upcoming'
	when v.due_at + ${graceMs} * interval '1 millisecond' < ${now.toISOString()}::timestamptz
		then 'overdue'
	else 'due' end`;

/** The follow-up visits of the hires made at one fair. */
export function createFollowUpsRepository() {
	return {
		async fairExists(db: Db, fairId: string) {
			const [row] = await db.select({ id: fairs.id }).from(fairs).where(eq(fairs.id, fairId));
			return row !== undefined;
		},

		async counts(db: Db, fairId: string, w: Window) {
			const rows = rowsOf<{ state: string; n: number }>(
				await db.execute(sql`
					select ${stateSql(w)} as state, count(*)::int as n
					from fair_follow_ups v join applications a on a.id = v.application_id
					where a.fair_id = ${fairId}
					group by 1`),
			);
			return new Map(rows.map((r) => [r.state, r.n]));
		},

		/** One page: visits to make by due date, or recorded ones newest first. */
		async page(
			db: Db,
			fairId: string,
			w: Window,
			view: 'todo' | 'done',
			limit: number,
			offset: number,
		) {
			const done = view === 'done';
			return rowsOf<FollowUpRow>(
				await db.execute(sql`
					select v.id, v.day, v.due_at as "dueAt", v.done_at as "doneAt",
						v.still_employed as "stillEmployed", v.monthly_wage as "monthlyWage", v.problems,
						p.id as "personId", p.full_name as "personName", t.name as "townshipName",
						e.name as "employerName", po.title as "postingTitle",
						u.display_name as "recordedByName",
						prev.day as "previousDay", prev.still_employed as "previousEmployed"
					from fair_follow_ups v
					join applications a on a.id = v.application_id
					join people p on p.id = a.person_id
					left join townships t on t.code = p.township_code
					join employers e on e.id = a.employer_id
					join postings po on po.id = a.posting_id
					left join users u on u.id = v.recorded_by
					left join lateral (
						select w.day, w.still_employed from fair_follow_ups w
						where w.application_id = v.application_id and w.day < v.day and w.done_at is not null
						order by w.day desc limit 1
					) prev on true
					where a.fair_id = ${fairId} and (v.done_at is not null) = ${done}
					order by ${done ? sql`v.done_at desc` : sql`v.due_at`}, v.id
					limit ${limit} offset ${offset}`),
			).map((r) => ({
				...r,
				dueAt: new Date(r.dueAt),
				doneAt: r.doneAt === null ? null : new Date(r.doneAt),
			}));
		},

		/** The visit, if it belongs to a hire made at this fair; locked for the update. */
		async lockInFair(db: Db, fairId: string, id: string) {
			const [row] = await db
				.select({
					id: fairFollowUps.id,
					dueAt: fairFollowUps.dueAt,
					doneAt: fairFollowUps.doneAt,
					stillEmployed: fairFollowUps.stillEmployed,
					monthlyWage: fairFollowUps.monthlyWage,
				})
				.from(fairFollowUps)
				.innerJoin(applications, eq(applications.id, fairFollowUps.applicationId))
				.where(and(eq(fairFollowUps.id, id), eq(applications.fairId, fairId)))
				.for('update', { of: fairFollowUps });
			return row;
		},

		async record(db: Db, id: string, r: FollowUpRecord) {
			await db.update(fairFollowUps).set(r).where(eq(fairFollowUps.id, id));
		},
	};
}
