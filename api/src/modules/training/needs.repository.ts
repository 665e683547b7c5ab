import {
	and,
	asc,
	count,
	countDistinct,
	desc,
	eq,
	isNotNull,
	isNull,
	sql,
	type SQL,
} from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	occupations,
	people,
	townships,
	trainingCourses,
	trainingEnrolments,
	trainingNeeds,
	users,
} from '@ronghe/db/schema';

const needColumns = {
	n: trainingNeeds,
	occupationName: occupations.name,
	recordedByName: users.displayName,
	recordedByRole: users.role,
	courseId: trainingCourses.id,
	courseTitle: trainingCourses.title,
	personName: people.fullName,
	townshipCode: people.townshipCode,
	townshipName: townships.name,
};

export type NeedRow = Awaited<ReturnType<TrainingNeedsRepository['ofPerson']>>[number];
export type NeedFilter = {
	township?: string | undefined;
	occupation?: string | undefined;
	met: 'open' | 'met' | 'all';
};

const metFilter = (met: NeedFilter['met']) =>
	met === 'open'
		? isNull(trainingNeeds.metAt)
		: met === 'met'
			? isNotNull(trainingNeeds.metAt)
			: undefined;

/** 培训需求 (docs/training.md, "Training needs"): what people need to learn, and what met it. */
export function createTrainingNeedsRepository() {
	const needs = (db: Db) =>
		db
			.select(needColumns)
			.from(trainingNeeds)
			.innerJoin(people, eq(people.id, trainingNeeds.personId))
			.innerJoin(townships, eq(townships.code, people.townshipCode))
			.leftJoin(occupations, eq(occupations.code, trainingNeeds.occupationCode))
			.leftJoin(users, eq(users.id, trainingNeeds.recordedByUserId))
			.leftJoin(trainingEnrolments, eq(trainingEnrolments.id, trainingNeeds.metByEnrolmentId))
			.leftJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId));

	const across = (f: NeedFilter): SQL | undefined =>
		and(
			f.township ? eq(people.townshipCode, f.township) : undefined,
			f.occupation ? eq(trainingNeeds.occupationCode, f.occupation) : undefined,
			metFilter(f.met),
		);

	return {
		/** One person's needs, newest first. */
		async ofPerson(db: Db, personId: string) {
			return needs(db)
				.where(eq(trainingNeeds.personId, personId))
				.orderBy(desc(trainingNeeds.createdAt), desc(trainingNeeds.id));
		},
		async need(db: Db, personId: string, id: string) {
			const [r] = await needs(db).where(
				and(eq(trainingNeeds.personId, personId), eq(trainingNeeds.id, id)),
			);
			return r;
		},
		/** One page of needs across people, those waiting longest first. */
		async list(db: Db, f: NeedFilter, page: { offset: number; limit: number }) {
			const where = across(f);
			const [rows, [total]] = await Promise.all([
				needs(db)
					.where(where)
					.orderBy(asc(trainingNeeds.createdAt), asc(trainingNeeds.id))
					.offset(page.offset)
					.limit(page.limit),
				db
					.select({ n: count() })
					.from(trainingNeeds)
					.innerJoin(people, eq(people.id, trainingNeeds.personId))
					.where(where),
			]);
			return { rows, total: total?.n ?? 0 };
		},
		/** Open needs by occupation (people, not needs), most wanted first. */
		async openByOccupation(db: Db, township: string | undefined) {
			const people_ = countDistinct(trainingNeeds.personId);
			return db
				.select({
					occupationCode: trainingNeeds.occupationCode,
					occupationName: occupations.name,
					people: people_,
				})
				.from(trainingNeeds)
				.innerJoin(people, eq(people.id, trainingNeeds.personId))
				.leftJoin(occupations, eq(occupations.code, trainingNeeds.occupationCode))
				.where(across({ township, met: 'open' }))
				.groupBy(trainingNeeds.occupationCode, occupations.name)
				.orderBy(desc(people_), asc(trainingNeeds.occupationCode));
		},
		async insert(db: Db, row: typeof trainingNeeds.$inferInsert) {
			const [r] = await db.insert(trainingNeeds).values(row).returning();
			return r!;
		},
		/** Deletes the need only while it is open; the row deleted, if any. */
		async deleteOpen(db: Db, id: string) {
			const [r] = await db
				.delete(trainingNeeds)
				.where(and(eq(trainingNeeds.id, id), isNull(trainingNeeds.metAt)))
				.returning({ id: trainingNeeds.id });
			return r;
		},
		/** The person's latest completion of a course in this occupation, if any. */
		async completionIn(db: Db, personId: string, occupationCode: string) {
			const [r] = await db
				.select({ enrolmentId: trainingEnrolments.id })
				.from(trainingEnrolments)
				.innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
				.where(
					and(
						eq(trainingEnrolments.personId, personId),
						eq(trainingEnrolments.status, 'completed'),
						eq(trainingCourses.occupationCode, occupationCode),
					),
				)
				.orderBy(sql`${trainingEnrolments.resultAt} desc nulls last`, desc(trainingEnrolments.id))
				.limit(1);
			return r;
		},
	};
}
export type TrainingNeedsRepository = ReturnType<typeof createTrainingNeedsRepository>;
