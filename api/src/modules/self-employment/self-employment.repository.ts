import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { SELF_EMPLOYED_FORMS } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	employmentRecords,
	people,
	selfEmploymentSupport,
	townships,
	users,
} from '@ronghe/db/schema';

export type NewSupport = typeof selfEmploymentSupport.$inferInsert;

/** Each person's newest employment record (the history's own order: created_at, then id). */
const currentRecords = (db: Db) =>
	db
		.selectDistinctOn([employmentRecords.personId], {
			personId: employmentRecords.personId,
			id: employmentRecords.id,
			status: employmentRecords.status,
			form: employmentRecords.form,
			employerName: employmentRecords.employerName,
			startedOn: employmentRecords.startedOn,
		})
		.from(employmentRecords)
		.orderBy(
			employmentRecords.personId,
			desc(employmentRecords.createdAt),
			desc(employmentRecords.id),
		)
		.as('current_record');

/** Count, total and kinds of each person's support. */
const supportTotals = (db: Db) =>
	db
		.select({
			personId: selfEmploymentSupport.personId,
			n: sql<number>`count(*)::int`.as('n'),
			// bigint: postgres.js answers it as text
			total: sql<string | number>`coalesce(sum(${selfEmploymentSupport.amount}), 0)::bigint`.as(
				'total',
			),
			kinds: sql<string[]>`array_agg(distinct ${selfEmploymentSupport.kind}::text)`.as('kinds'),
		})
		.from(selfEmploymentSupport)
		.groupBy(selfEmploymentSupport.personId)
		.as('support_totals');

/** The current record, when it is self-employment (employed, form self_employed or flexible). */
export async function currentSelfEmployment(db: Db, personId: string) {
	const [r] = await db
		.select()
		.from(employmentRecords)
		.where(eq(employmentRecords.personId, personId))
		.orderBy(desc(employmentRecords.createdAt), desc(employmentRecords.id))
		.limit(1);
	const self = (SELF_EMPLOYED_FORMS as readonly string[]).includes(r?.form ?? '');
	return r && r.status === 'employed' && self ? r : undefined;
}

/** Records one piece of support; a seed may call it with any db. */
export async function insertSupport(db: Db, row: NewSupport) {
	const [r] = await db.insert(selfEmploymentSupport).values(row).returning();
	return r!;
}

/** Self-employed people and the support given to them (issue 15 §6). */
export function createSelfEmploymentRepository() {
	return {
		async selfEmployed(db: Db, q: { township?: string; offset: number; limit: number }) {
			const current = currentRecords(db);
			const totals = supportTotals(db);
			const where = and(
				eq(current.status, 'employed'),
				inArray(current.form, [...SELF_EMPLOYED_FORMS]),
				q.township ? eq(people.townshipCode, q.township) : undefined,
			);
			const [rows, [total]] = await Promise.all([
				db
					.select({
						personId: people.id,
						fullName: people.fullName,
						townshipName: townships.name,
						recordId: current.id,
						form: current.form,
						employerName: current.employerName,
						startedOn: current.startedOn,
						n: totals.n,
						total: totals.total,
						kinds: totals.kinds,
					})
					.from(current)
					.innerJoin(people, eq(people.id, current.personId))
					.innerJoin(townships, eq(townships.code, people.townshipCode))
					.leftJoin(totals, eq(totals.personId, current.personId))
					.where(where)
					.orderBy(asc(townships.name), asc(people.fullName), asc(people.id))
					.offset(q.offset)
					.limit(q.limit),
				db
					.select({ n: count() })
					.from(current)
					.innerJoin(people, eq(people.id, current.personId))
					.where(where),
			]);
			return { rows, total: total?.n ?? 0 };
		},
		async person(db: Db, id: string) {
			const [r] = await db
				.select({ id: people.id, fullName: people.fullName, townshipCode: people.townshipCode })
				.from(people)
				.where(eq(people.id, id));
			return r;
		},
		/** A person's support, newest grant first, with who recorded it. */
		async support(db: Db, personId: string) {
			return db
				.select({ s: selfEmploymentSupport, recordedByName: users.displayName })
				.from(selfEmploymentSupport)
				.leftJoin(users, eq(users.id, selfEmploymentSupport.recordedByUserId))
				.where(eq(selfEmploymentSupport.personId, personId))
				.orderBy(desc(selfEmploymentSupport.grantedOn), desc(selfEmploymentSupport.createdAt));
		},
		async removeSupport(db: Db, personId: string, id: string) {
			const [r] = await db
				.delete(selfEmploymentSupport)
				.where(and(eq(selfEmploymentSupport.id, id), eq(selfEmploymentSupport.personId, personId)))
				.returning();
			return r;
		},
		currentSelfEmployment,
		insertSupport,
	};
}
export type SelfEmploymentRepository = ReturnType<typeof createSelfEmploymentRepository>;
