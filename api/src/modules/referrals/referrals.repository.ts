import { and, asc, count, desc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	employers,
	people,
	referrals,
	referralUpdates,
	townships,
	trainingCourses,
	users,
} from '@ronghe/db/schema';

export const ENDED = ['succeeded', 'declined', 'withdrawn'] as const;
const ACTIVE = ['open', 'in_progress'] as const;

type ListFilter = {
	view: 'open' | 'closed' | 'all';
	to?: 'employer' | 'course' | 'service' | undefined;
	township?: string | undefined;
};

const newest = sql`(select u.created_at from ${referralUpdates} u where u.referral_id = ${referrals.id}
	order by u.created_at desc, u.id desc limit 1)`;
const newestNote = sql`(select u.note from ${referralUpdates} u where u.referral_id = ${referrals.id}
	order by u.created_at desc, u.id desc limit 1)`;

const columns = {
	r: referrals,
	personName: people.fullName,
	townshipCode: people.townshipCode,
	townshipName: townships.name,
	// the first update is written with the referral, so there is always one
	lastUpdateAt: sql<string>`coalesce(${newest}, ${referrals.createdAt})`.mapWith((v: string) =>
		new Date(v).toISOString(),
	),
	lastNote: sql<string>`coalesce(${newestNote}, '')`,
	createdByName: users.displayName,
};
export type ReferralRow = Awaited<ReturnType<ReferralsRepository['one']>> & {};

const scoped = (township?: string) => (township ? eq(people.townshipCode, township) : undefined);
const viewWhere = (view: ListFilter['view']): SQL | undefined =>
	view === 'all'
		? undefined
		: view === 'open'
			? inArray(referrals.status, [...ACTIVE])
			: inArray(referrals.status, [...ENDED]);

/** Referrals and their history of updates (issue 15 §3). */
export function createReferralsRepository() {
	const base = (db: Db) =>
		db
			.select(columns)
			.from(referrals)
			.innerJoin(people, eq(people.id, referrals.personId))
			.innerJoin(townships, eq(townships.code, people.townshipCode))
			.leftJoin(users, eq(users.id, referrals.createdByUserId));

	return {
		async list(db: Db, f: ListFilter, page: { offset: number; limit: number }) {
			const common = and(scoped(f.township), f.to ? eq(referrals.toKind, f.to) : undefined);
			const where = and(common, viewWhere(f.view));
			const counted = (w: SQL | undefined) =>
				db
					.select({ n: count() })
					.from(referrals)
					.innerJoin(people, eq(people.id, referrals.personId))
					.where(w);
			const [rows, [open], [closed]] = await Promise.all([
				base(db)
					.where(where)
					// open ones oldest first (they have waited longest); ended ones newest first
					.orderBy(
						f.view === 'open' ? asc(referrals.createdAt) : desc(referrals.createdAt),
						asc(referrals.id),
					)
					.offset(page.offset)
					.limit(page.limit),
				counted(and(common, viewWhere('open'))),
				counted(and(common, viewWhere('closed'))),
			]);
			const counts = { open: open?.n ?? 0, closed: closed?.n ?? 0, all: 0 };
			counts.all = counts.open + counts.closed;
			return { rows, total: counts[f.view], counts };
		},
		async forPerson(db: Db, personId: string) {
			return base(db)
				.where(eq(referrals.personId, personId))
				.orderBy(desc(referrals.createdAt), asc(referrals.id));
		},
		async one(db: Db, id: string) {
			const [r] = await base(db).where(eq(referrals.id, id));
			return r;
		},
		/** The row locked for an update, so two updates at once cannot both close it. */
		async lock(tx: Db, id: string) {
			const [r] = await tx.select().from(referrals).where(eq(referrals.id, id)).for('update');
			return r;
		},
		async updates(db: Db, id: string) {
			return db
				.select({ u: referralUpdates, byName: users.displayName })
				.from(referralUpdates)
				.leftJoin(users, eq(users.id, referralUpdates.byUserId))
				.where(eq(referralUpdates.referralId, id))
				.orderBy(asc(referralUpdates.createdAt), asc(referralUpdates.id));
		},
		/** An open referral of the person to the same employer or course, if there is one. */
		async openTwin(
			db: Db,
			personId: string,
			link: { employerId: string | null; courseId: string | null },
		) {
			const target = link.employerId
				? eq(referrals.employerId, link.employerId)
				: link.courseId
					? eq(referrals.courseId, link.courseId)
					: undefined;
			if (!target) return undefined;
			const [r] = await db
				.select({ id: referrals.id, toName: referrals.toName })
				.from(referrals)
				.where(
					and(eq(referrals.personId, personId), target, notInArray(referrals.status, [...ENDED])),
				)
				.limit(1);
			return r;
		},
		async insert(tx: Db, row: typeof referrals.$inferInsert) {
			const [r] = await tx.insert(referrals).values(row).returning();
			return r!;
		},
		async addUpdate(tx: Db, row: typeof referralUpdates.$inferInsert) {
			await tx.insert(referralUpdates).values(row);
		},
		async setStatus(tx: Db, id: string, set: Partial<typeof referrals.$inferInsert>) {
			await tx
				.update(referrals)
				.set({ ...set, updatedAt: new Date() })
				.where(eq(referrals.id, id));
		},
		async person(db: Db, id: string) {
			const [r] = await db
				.select({ id: people.id, townshipCode: people.townshipCode, fullName: people.fullName })
				.from(people)
				.where(eq(people.id, id));
			return r;
		},
		async employer(db: Db, id: string) {
			const [r] = await db
				.select({ id: employers.id, name: employers.name })
				.from(employers)
				.where(eq(employers.id, id));
			return r;
		},
		async course(db: Db, id: string) {
			const [r] = await db
				.select({ id: trainingCourses.id, title: trainingCourses.title })
				.from(trainingCourses)
				.where(eq(trainingCourses.id, id));
			return r;
		},
	};
}
export type ReferralsRepository = ReturnType<typeof createReferralsRepository>;
