import { and, asc, count, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import {
	occupations,
	people,
	townships,
	trainingCourses,
	trainingEnrolments,
	type NewTrainingCourse,
} from '@ronghe/db/schema';
import { occupationExists, townshipExists } from '../../references.js';

/** Enrolments that hold a place: signed up, or finished either way. */
const HOLDS_PLACE = sql`${trainingEnrolments.status} <> 'withdrawn'`;

const courseColumns = {
	course: trainingCourses,
	townshipName: townships.name,
	occupationName: occupations.name,
	taken: sql<number>`(select count(*)::int from ${trainingEnrolments}
		where ${trainingEnrolments.courseId} = ${trainingCourses.id} and ${HOLDS_PLACE})`,
};

const enrolmentColumns = {
	e: trainingEnrolments,
	personName: people.fullName,
	townshipCode: people.townshipCode,
	townshipName: townships.name,
};

export type CourseRow = Awaited<ReturnType<TrainingRepository['course']>> & {};
export type EnrolmentRow = Awaited<ReturnType<TrainingRepository['roster']>>[number];

/** Courses, enrolments and training needs (docs/training.md). */
export function createTrainingRepository() {
	const courses = (db: Db) =>
		db
			.select(courseColumns)
			.from(trainingCourses)
			.innerJoin(townships, eq(townships.code, trainingCourses.townshipCode))
			.leftJoin(occupations, eq(occupations.code, trainingCourses.occupationCode));
	const enrolments = (db: Db) =>
		db
			.select(enrolmentColumns)
			.from(trainingEnrolments)
			.innerJoin(people, eq(people.id, trainingEnrolments.personId))
			.innerJoin(townships, eq(townships.code, people.townshipCode));

	return {
		/** One page of courses, soonest first; `from` leaves out those that ended before it. */
		async list(db: Db, from: string | null, page: { offset: number; limit: number }) {
			const where = from ? gte(trainingCourses.endDate, from) : undefined;
			const [rows, [total]] = await Promise.all([
				courses(db)
					.where(where)
					.orderBy(asc(trainingCourses.startDate), asc(trainingCourses.id))
					.offset(page.offset)
					.limit(page.limit),
				db.select({ n: count() }).from(trainingCourses).where(where),
			]);
			return { rows, total: total?.n ?? 0 };
		},
		async course(db: Db, id: string) {
			const [r] = await courses(db).where(eq(trainingCourses.id, id));
			return r;
		},
		/** Locks the course row: places are counted and taken one request at a time. */
		async lockCourse(db: Db, id: string) {
			const [r] = await db
				.select({ id: trainingCourses.id })
				.from(trainingCourses)
				.where(eq(trainingCourses.id, id))
				.for('update');
			return r;
		},
		async insertCourse(db: Db, row: NewTrainingCourse) {
			const [r] = await db.insert(trainingCourses).values(row).returning();
			return r!;
		},
		async updateCourse(db: Db, id: string, row: Partial<NewTrainingCourse>) {
			const [r] = await db
				.update(trainingCourses)
				.set(row)
				.where(eq(trainingCourses.id, id))
				.returning();
			return r;
		},
		townshipExists,
		occupationExists,
		async person(db: Db, id: string) {
			const [r] = await db
				.select({ id: people.id, townshipCode: people.townshipCode, name: people.fullName })
				.from(people)
				.where(eq(people.id, id));
			return r;
		},
		async enrolmentOf(db: Db, courseId: string, personId: string) {
			const [r] = await enrolments(db).where(
				and(eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.personId, personId)),
			);
			return r;
		},
		async enrolment(db: Db, courseId: string, id: string) {
			const [r] = await enrolments(db).where(
				and(eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.id, id)),
			);
			return r;
		},
		/** People of one course; `township` keeps only that township's. */
		async roster(db: Db, courseId: string, township?: string) {
			return enrolments(db)
				.where(
					and(
						eq(trainingEnrolments.courseId, courseId),
						township ? eq(people.townshipCode, township) : undefined,
					),
				)
				.orderBy(asc(townships.name), asc(people.fullName), asc(trainingEnrolments.id));
		},
		async insertEnrolment(db: Db, row: typeof trainingEnrolments.$inferInsert) {
			const [r] = await db.insert(trainingEnrolments).values(row).returning();
			return r!;
		},
		async updateEnrolment(
			db: Db,
			id: string,
			row: Partial<typeof trainingEnrolments.$inferInsert>,
		) {
			const [r] = await db
				.update(trainingEnrolments)
				.set(row)
				.where(eq(trainingEnrolments.id, id))
				.returning();
			return r!;
		},
		/** 点名 for one day: `present` gain the day, every other enrolment of the course loses it. */
		async setAttendance(db: Db, courseId: string, day: string, present: readonly string[]) {
			const ids = sql.param([...present]);
			const rows = await db
				.update(trainingEnrolments)
				.set({
					attended: sql`case when ${trainingEnrolments.id} = any(${ids}::uuid[])
						then (select coalesce(array_agg(distinct d order by d), '{}') from
							unnest(array_append(${trainingEnrolments.attended}, ${day}::date)) d)
						else array_remove(${trainingEnrolments.attended}, ${day}::date) end`,
				})
				.where(and(eq(trainingEnrolments.courseId, courseId), HOLDS_PLACE))
				.returning({ id: trainingEnrolments.id });
			return rows.map((r) => r.id);
		},
		async mine(db: Db, personId: string) {
			return db
				.select({ ...courseColumns, e: trainingEnrolments })
				.from(trainingEnrolments)
				.innerJoin(trainingCourses, eq(trainingCourses.id, trainingEnrolments.courseId))
				.innerJoin(townships, eq(townships.code, trainingCourses.townshipCode))
				.leftJoin(occupations, eq(occupations.code, trainingCourses.occupationCode))
				.where(eq(trainingEnrolments.personId, personId))
				.orderBy(desc(trainingCourses.startDate), desc(trainingEnrolments.id));
		},
		/** The seeker's own enrolments on these courses, for the course list. */
		async myEnrolments(db: Db, personId: string, courseIds: readonly string[]) {
			if (!courseIds.length) return [];
			return db
				.select()
				.from(trainingEnrolments)
				.where(
					and(
						eq(trainingEnrolments.personId, personId),
						inArray(trainingEnrolments.courseId, [...courseIds]),
					),
				);
		},
	};
}
export type TrainingRepository = ReturnType<typeof createTrainingRepository>;
