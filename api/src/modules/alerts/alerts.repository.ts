import { and, asc, count, desc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { PostingFilter } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import {
	employers,
	notifications,
	occupations,
	postings,
	savedSearches,
	townships,
} from '@ronghe/db/schema';
import { postingFilterSql, type PostingFilterContext } from '../postings/postings-filter.sql.js';

export type NewNotification = {
	userId: string;
	kind: string;
	title: string;
	body: string;
	link: string;
	dedupeKey: string;
};

export function createAlertsRepository() {
	return {
		async listSaved(db: Db, userId: string) {
			return db
				.select()
				.from(savedSearches)
				.where(eq(savedSearches.userId, userId))
				.orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
		},
		/** Serialises one user's saves, so a double submission cannot slip past the duplicate check. */
		async lockUser(db: Db, userId: string) {
			await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${userId}, 0))`);
		},
		async countSaved(db: Db, userId: string) {
			const [row] = await db
				.select({ n: count() })
				.from(savedSearches)
				.where(eq(savedSearches.userId, userId));
			return row?.n ?? 0;
		},
		async insertSaved(db: Db, row: typeof savedSearches.$inferInsert) {
			const [inserted] = await db.insert(savedSearches).values(row).returning();
			return inserted!;
		},
		async deleteSaved(db: Db, userId: string, id: string) {
			const rows = await db
				.delete(savedSearches)
				.where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
				.returning({ id: savedSearches.id });
			return rows.length > 0;
		},

		/** Saved searches that may have something new: checked before the newest publication (plus the look-back). */
		async dueSearchIds(db: Db, lookBackMs: number, limit: number, afterId?: string) {
			const newest = db
				.select({ at: sql`max(${postings.publishedAt})` })
				.from(postings)
				.where(eq(postings.status, 'published'));
			const rows = await db
				.select({ id: savedSearches.id })
				.from(savedSearches)
				.where(
					and(
						sql`${savedSearches.checkedAt} < (${newest}) + make_interval(secs => ${lookBackMs / 1000})`,
						afterId ? gt(savedSearches.id, afterId) : undefined,
					),
				)
				.orderBy(asc(savedSearches.id))
				.limit(limit);
			return rows.map((r) => r.id);
		},
		/** Locks one saved search for this run; undefined when another process is on it. */
		async lockSaved(db: Db, id: string) {
			const [row] = await db
				.select()
				.from(savedSearches)
				.where(eq(savedSearches.id, id))
				.for('update', { skipLocked: true });
			return row;
		},
		/**
		 * Postings published in (after, until] that match the filter as the search would: still
		 * published, not past their closing date (postings-filter.sql.ts).
		 */
		async matches(
			db: Db,
			filter: PostingFilter,
			ctx: PostingFilterContext,
			after: Date,
			until: Date,
			limit: number,
		) {
			return db
				.select({
					id: postings.id,
					title: postings.title,
					employerName: employers.name,
					townshipName: townships.name,
					occupationName: occupations.name,
				})
				.from(postings)
				.innerJoin(employers, eq(employers.id, postings.employerId))
				.innerJoin(townships, eq(townships.code, postings.townshipCode))
				.leftJoin(occupations, eq(occupations.code, postings.occupationCode))
				.where(
					and(
						postingFilterSql(filter, ctx),
						gt(postings.publishedAt, after),
						lte(postings.publishedAt, until),
					),
				)
				.orderBy(asc(postings.publishedAt), asc(postings.id))
				.limit(limit);
		},
		async setChecked(db: Db, id: string, at: Date) {
			await db.update(savedSearches).set({ checkedAt: at }).where(eq(savedSearches.id, id));
		},
		async dbNow(db: Db): Promise<Date> {
			const [row] = await db
				.select({ ms: sql<number>`(extract(epoch from now()) * 1000)::float8` })
				.from(sql`(select 1) as t`);
			return new Date(Number(row!.ms));
		},

		/** Inserts unless the dedupe key exists; true when a new notification was written. */
		async insertNotification(db: Db, n: NewNotification) {
			const rows = await db
				.insert(notifications)
				.values(n)
				.onConflictDoNothing({ target: notifications.dedupeKey })
				.returning({ id: notifications.id });
			return rows.length > 0;
		},
		async listNotifications(
			db: Db,
			userId: string,
			unreadOnly: boolean,
			limit: number,
			offset: number,
		) {
			return db
				.select()
				.from(notifications)
				.where(
					and(
						eq(notifications.userId, userId),
						unreadOnly ? isNull(notifications.readAt) : undefined,
					),
				)
				.orderBy(
					sql`${notifications.readAt} is null desc`,
					desc(notifications.createdAt),
					desc(notifications.id),
				)
				.limit(limit)
				.offset(offset);
		},
		async countNotifications(db: Db, userId: string, unreadOnly: boolean) {
			const [row] = await db
				.select({ n: count() })
				.from(notifications)
				.where(
					and(
						eq(notifications.userId, userId),
						unreadOnly ? isNull(notifications.readAt) : undefined,
					),
				);
			return row?.n ?? 0;
		},
		/** Marks one read (keeping the first read time); undefined when it is not this user's. */
		async markRead(db: Db, userId: string, id: string, at: Date) {
			const [row] = await db
				.update(notifications)
				.set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
				.where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
				.returning();
			return row;
		},
		async markAllRead(db: Db, userId: string, at: Date) {
			const rows = await db
				.update(notifications)
				.set({ readAt: at })
				.where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
				.returning({ id: notifications.id });
			return rows.length;
		},
	};
}
export type AlertsRepository = ReturnType<typeof createAlertsRepository>;
