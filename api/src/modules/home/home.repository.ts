import { and, count, eq, min, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '@ronghe/db';
import {
	annualReviews,
	employers,
	people,
	personFamilyMembers,
	personPriorityStatuses,
	postings,
	quotaObjections,
	townships,
} from '@ronghe/db/schema';

export type QueueRow = { count: number; oldestAt: Date | null };

/**
 * Counts and the oldest waiting time of the work queues the home pages show. Each is one
 * aggregate over an indexed status column, so a home page costs a handful of small queries.
 */
export function createHomeRepository() {
	async function queue(
		db: Db,
		table: PgTable,
		since: AnyColumn,
		where: SQL | undefined,
	): Promise<QueueRow> {
		const [row] = await db
			.select({ count: count(), oldestAt: min(since) })
			.from(table)
			.where(where);
		return { count: row?.count ?? 0, oldestAt: (row?.oldestAt as Date | null) ?? null };
	}
	const inTownship = (column: AnyColumn, townshipCode: string | undefined) =>
		townshipCode === undefined ? undefined : eq(column, townshipCode);

	return {
		postingReviews: (db: Db, townshipCode: string | undefined) =>
			queue(
				db,
				postings,
				postings.submittedAt,
				and(eq(postings.status, 'submitted'), inTownship(postings.townshipCode, townshipCode)),
			),
		employerApprovals: (db: Db, townshipCode: string | undefined) =>
			queue(
				db,
				employers,
				employers.createdAt,
				and(eq(employers.status, 'pending'), inTownship(employers.townshipCode, townshipCode)),
			),
		/** Seekers' own priority statuses and family members waiting for staff to check. */
		async verifications(db: Db, townshipCode: string | undefined): Promise<QueueRow> {
			const one = async (
				table: typeof personPriorityStatuses | typeof personFamilyMembers,
			): Promise<QueueRow> => {
				const [row] = await db
					.select({ count: count(), oldestAt: min(table.createdAt) })
					.from(table)
					.innerJoin(people, eq(people.id, table.personId))
					.where(and(eq(table.state, 'pending'), inTownship(people.townshipCode, townshipCode)));
				return { count: row?.count ?? 0, oldestAt: row?.oldestAt ?? null };
			};
			const [a, b] = await Promise.all([one(personPriorityStatuses), one(personFamilyMembers)]);
			const dates = [a.oldestAt, b.oldestAt].filter((d): d is Date => d !== null);
			return {
				count: a.count + b.count,
				oldestAt: dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null,
			};
		},
		annualReviews: (db: Db) =>
			queue(db, annualReviews, annualReviews.submittedAt, eq(annualReviews.status, 'submitted')),
		objections: (db: Db) =>
			queue(db, quotaObjections, quotaObjections.createdAt, eq(quotaObjections.status, 'open')),
		async townshipName(db: Db, code: string) {
			const [row] = await db
				.select({ name: townships.name })
				.from(townships)
				.where(eq(townships.code, code));
			return row?.name ?? null;
		},
		async employer(db: Db, id: string) {
			const [row] = await db
				.select({ name: employers.name, status: employers.status })
				.from(employers)
				.where(eq(employers.id, id));
			return row;
		},
		/** The employer's postings by status, and the oldest still waiting for review. */
		async employerPostings(db: Db, employerId: string) {
			const rows = await db
				.select({ status: postings.status, count: count(), oldestAt: min(postings.submittedAt) })
				.from(postings)
				.where(eq(postings.employerId, employerId))
				.groupBy(postings.status);
			return rows.map((r) => ({ ...r, oldestAt: (r.oldestAt as Date | null) ?? null }));
		},
	};
}

export type HomeRepository = ReturnType<typeof createHomeRepository>;
