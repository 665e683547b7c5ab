import type {
	CertificateKind,
	CoursePhase,
	TrainingAccess,
	TrainingCourse,
	TrainingCourseData,
	TrainingCourseList,
	TrainingCourseListQuery,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import type { TrainingEnrolment } from '@ronghe/db/schema';
import { FieldsInvalidError, NotFoundError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { localDay } from '../postings/postings-filter.sql.js';
import {
	createTrainingRepository,
	type CourseRow,
	type TrainingRepository,
} from './training.repository.js';

type Deps = { db: Db; repo?: TrainingRepository; now?: () => Date };
export type TrainingService = ReturnType<typeof createTrainingService>;

export function phaseOf(c: { startDate: string; endDate: string }, today: string): CoursePhase {
	if (today < c.startDate) return 'upcoming';
	return today > c.endDate ? 'finished' : 'running';
}

/**
 * A course as the API shows it. A seeker may sign up until the first day, while places are free;
 * staff may still add someone (代办) until the last day.
 */
export function toCourse(
	r: CourseRow,
	today: string,
	mine: TrainingEnrolment | null = null,
): TrainingCourse {
	const c = r.course;
	const seatsLeft = Math.max(0, c.seats - r.taken);
	return {
		id: c.id,
		title: c.title,
		provider: c.provider,
		occupationCode: c.occupationCode,
		occupationName: r.occupationName,
		townshipCode: c.townshipCode,
		townshipName: r.townshipName,
		startDate: c.startDate,
		endDate: c.endDate,
		lengthClass: c.lengthClass,
		seats: c.seats,
		seatsLeft,
		cost: c.cost,
		funding: c.funding,
		access: c.access as TrainingAccess[],
		certificateKind: c.certificateKind as CertificateKind | null,
		description: c.description,
		phase: phaseOf(c, today),
		open: today <= c.startDate && seatsLeft > 0,
		mine: mine ? { id: mine.id, status: mine.status, via: mine.via } : null,
	};
}

/** 职业技能培训 courses (issue 15 §1, docs/training.md): the public list and staff set-up. */
export function createTrainingService({
	db,
	repo = createTrainingRepository(),
	now = () => new Date(),
}: Deps) {
	async function checkRefs(data: TrainingCourseData) {
		const errors: { pointer: string; detail: string }[] = [];
		if (!(await repo.townshipExists(db, data.townshipCode)))
			errors.push({ pointer: '#/townshipCode', detail: '请从列表里选择乡镇。' });
		if (data.occupationCode && !(await repo.occupationExists(db, data.occupationCode)))
			errors.push({ pointer: '#/occupationCode', detail: '请从列表里选择职业。' });
		if (errors.length) throw new FieldsInvalidError(errors);
	}

	return {
		async list(q: TrainingCourseListQuery, user: AuthUser | null): Promise<TrainingCourseList> {
			const today = localDay(now());
			const { rows, total } = await repo.list(db, q.show === 'open' ? today : null, {
				offset: (q.page - 1) * q.pageSize,
				limit: q.pageSize,
			});
			const mine = user?.personId
				? await repo.myEnrolments(
						db,
						user.personId,
						rows.map((r) => r.course.id),
					)
				: [];
			const byCourse = new Map(mine.map((e) => [e.courseId, e]));
			return {
				items: rows.map((r) => toCourse(r, today, byCourse.get(r.course.id) ?? null)),
				total,
				page: q.page,
				pageSize: q.pageSize,
			};
		},

		async get(id: string, user: AuthUser | null): Promise<TrainingCourse> {
			const row = await repo.course(db, id);
			if (!row) throw new NotFoundError('course', id);
			const mine = user?.personId ? await repo.myEnrolments(db, user.personId, [id]) : [];
			return toCourse(row, localDay(now()), mine[0] ?? null);
		},

		async create(actor: AuthUser, data: TrainingCourseData, meta: AuditMeta) {
			await checkRefs(data);
			const id = await db.transaction(async (tx) => {
				const c = await repo.insertCourse(tx, { ...data, createdByUserId: actor.id });
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'training.course_create',
					entity: 'training_course',
					entityId: c.id,
					detail: { title: c.title, startDate: c.startDate, seats: c.seats },
					...meta,
				});
				return c.id;
			});
			return this.get(id, null);
		},

		async update(actor: AuthUser, id: string, data: TrainingCourseData, meta: AuditMeta) {
			await checkRefs(data);
			const before = await repo.course(db, id);
			if (!before) throw new NotFoundError('course', id);
			if (data.seats < before.taken)
				throw new FieldsInvalidError([
					{
						pointer: '#/seats',
						detail: `已经有 ${before.taken} 人报名，名额不能少于 ${before.taken} 个。`,
					},
				]);
			await db.transaction(async (tx) => {
				await repo.updateCourse(tx, id, data);
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'training.course_update',
					entity: 'training_course',
					entityId: id,
					detail: { title: data.title, startDate: data.startDate, seats: data.seats },
					...meta,
				});
			});
			return this.get(id, null);
		},
	};
}
