import {
	certificateLabel,
	ENROLMENT_STATUS_LABELS,
	type AttendanceInput,
	type Enrolment,
	type EnrolmentList,
	type EnrolmentResultInput,
	type EnrolResult,
	type MyTraining,
} from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { ConflictError, NotFoundError, RuleViolationError } from '../../errors.js';
import type { Notifier } from '../alerts/notifier.js';
import { createApplicationsRepository } from '../applications/applications.repository.js';
import { notifyAll } from '../applications/notify.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import type { AuthUser } from '../auth/auth.service.js';
import { localDay } from '../postings/postings-filter.sql.js';
import { scopeOf } from '../profile/profile.service.js';
import { createCompletionRepository, type CompletionRepository } from './completion.repository.js';
import {
	createTrainingRepository,
	type CourseRow,
	type EnrolmentRow,
	type TrainingRepository,
} from './training.repository.js';
import { toCourse } from './training.service.js';

type Deps = {
	db: Db;
	notifier: Notifier;
	repo?: TrainingRepository;
	completion?: CompletionRepository;
	now?: () => Date;
};
export type EnrolmentsService = ReturnType<typeof createEnrolmentsService>;

const DAY_MS = 86_400_000;
const seekerUsers = createApplicationsRepository().seekerUsers;

export function toEnrolment(r: EnrolmentRow): Enrolment {
	const e = r.e;
	return {
		id: e.id,
		courseId: e.courseId,
		personId: e.personId,
		personName: r.personName,
		townshipName: r.townshipName,
		status: e.status,
		statusLabel: ENROLMENT_STATUS_LABELS[e.status],
		via: e.via,
		attended: [...e.attended].sort(),
		enrolledAt: e.createdAt.toISOString(),
		resultAt: e.resultAt?.toISOString() ?? null,
		certificateId: e.certificateId,
	};
}

/** The course days from the first up to `today` (or the last, if it is over). */
export function courseDays(c: { startDate: string; endDate: string }, today: string): string[] {
	const days: string[] = [];
	const last = today < c.endDate ? today : c.endDate;
	for (let t = Date.parse(c.startDate); ; t += DAY_MS) {
		const day = new Date(t).toISOString().slice(0, 10);
		if (day > last) break;
		days.push(day);
	}
	return days;
}

/**
 * Enrolment, attendance and results (issue 15 §1, docs/training.md). Places are taken under a
 * lock on the course row, so a burst of sign-ups never fills more places than there are; signing
 * up again answers with the enrolment already made.
 */
export function createEnrolmentsService({
	db,
	notifier,
	repo = createTrainingRepository(),
	completion = createCompletionRepository(),
	now = () => new Date(),
}: Deps) {
	async function courseOrThrow(tx: Db, id: string): Promise<CourseRow> {
		const row = await repo.course(tx, id);
		if (!row) throw new NotFoundError('course', id);
		return row;
	}

	async function enrol(
		personId: string,
		courseId: string,
		by: { via: 'self' | 'staff'; userId: string },
		after?: (tx: Db, row: EnrolmentRow, course: CourseRow) => Promise<void>,
	): Promise<EnrolResult> {
		const today = localDay(now());
		return db.transaction(async (tx) => {
			if (!(await repo.lockCourse(tx, courseId))) throw new NotFoundError('course', courseId);
			const course = await courseOrThrow(tx, courseId);
			const existing = await repo.enrolmentOf(tx, courseId, personId);
			if (existing && existing.e.status !== 'withdrawn')
				return { enrolment: toEnrolment(existing), created: false };
			const last = by.via === 'self' ? course.course.startDate : course.course.endDate;
			if (today > last)
				throw new RuleViolationError(
					'enrolment_closed',
					by.via === 'self'
						? '这个课程已经开课，不能再自己报名了。想参加的话，请联系县残联。'
						: '这个课程已经结束，不能再报名了。',
				);
			if (course.taken >= course.course.seats)
				throw new ConflictError('course_full', '这个课程的名额已经报满了。');
			const fields = { via: by.via, enrolledByUserId: by.userId, status: 'enrolled' as const };
			const made = existing
				? await repo.updateEnrolment(tx, existing.e.id, { ...fields, attended: [] })
				: await repo.insertEnrolment(tx, { courseId, personId, ...fields });
			const row = (await repo.enrolment(tx, courseId, made.id))!;
			await after?.(tx, row, course);
			return { enrolment: toEnrolment(row), created: true };
		});
	}

	/** A staff member's view of one enrolment: township staff only for their own people. */
	async function staffEnrolment(actor: AuthUser, courseId: string, id: string) {
		const row = await repo.enrolment(db, courseId, id);
		const scope = scopeOf(actor);
		if (!row || (scope && row.townshipCode !== scope)) throw new NotFoundError('enrolment', id);
		return row;
	}

	return {
		async enrolSelf(user: AuthUser, courseId: string): Promise<EnrolResult> {
			if (!user.personId) throw new NotFoundError('person');
			return enrol(user.personId, courseId, { via: 'self', userId: user.id });
		},

		/** 代办: staff sign a seeker up; audited, and the seeker is told and may withdraw. */
		async enrolFor(
			actor: AuthUser,
			personId: string,
			courseId: string,
			meta: AuditMeta,
		): Promise<EnrolResult> {
			const person = await repo.person(db, personId);
			const scope = scopeOf(actor);
			if (!person || (scope && person.townshipCode !== scope))
				throw new NotFoundError('person', personId);
			return enrol(personId, courseId, { via: 'staff', userId: actor.id }, async (tx, row, c) => {
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'training.enrol_for',
					entity: 'person',
					entityId: personId,
					detail: { courseId, enrolmentId: row.e.id },
					...meta,
				});
				await notifyAll(notifier, tx, await seekerUsers(tx, personId), {
					kind: 'training',
					title: `工作人员帮您报名了培训“${c.course.title}”`,
					body: `${c.course.startDate} 开课，地点在${c.townshipName}。如果不想参加，可以在“我的培训”里取消报名。`,
					link: '/me/training',
				});
			});
		},

		async withdraw(user: AuthUser, courseId: string): Promise<Enrolment> {
			const row = user.personId ? await repo.enrolmentOf(db, courseId, user.personId) : undefined;
			if (!row) throw new NotFoundError('enrolment');
			if (row.e.status === 'withdrawn') return toEnrolment(row);
			if (row.e.status !== 'enrolled')
				throw new RuleViolationError('enrolment_finished', '这个课程已经结束，不能取消报名了。');
			await repo.updateEnrolment(db, row.e.id, { status: 'withdrawn' });
			return toEnrolment((await repo.enrolment(db, courseId, row.e.id))!);
		},

		async roster(actor: AuthUser, courseId: string): Promise<EnrolmentList> {
			const course = await courseOrThrow(db, courseId);
			const today = localDay(now());
			const rows = await repo.roster(db, courseId, scopeOf(actor));
			return {
				course: toCourse(course, today),
				days: courseDays(course.course, today),
				items: rows.map(toEnrolment),
			};
		},

		/** 点名 for one course day: those listed were present, the others on the roster absent. */
		async attendance(
			actor: AuthUser,
			courseId: string,
			day: string,
			input: AttendanceInput,
			meta: AuditMeta,
		) {
			const course = await courseOrThrow(db, courseId);
			if (!courseDays(course.course, localDay(now())).includes(day))
				throw new RuleViolationError(
					'not_a_course_day',
					`${day} 不是这个课程已经上过的日子（${course.course.startDate} 到 ${course.course.endDate}，今天以前）。`,
				);
			const present = [...new Set(input.present)];
			return db.transaction(async (tx) => {
				const all = await repo.roster(tx, courseId);
				const active = new Set(all.filter((r) => r.e.status !== 'withdrawn').map((r) => r.e.id));
				const stray = present.filter((id) => !active.has(id));
				if (stray.length) throw new NotFoundError('enrolment', stray[0]);
				const touched = await repo.setAttendance(tx, courseId, day, present);
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'training.attendance',
					entity: 'training_course',
					entityId: courseId,
					detail: { day, present: present.length, absent: touched.length - present.length },
					...meta,
				});
				return { date: day, present: present.length, absent: touched.length - present.length };
			});
		},

		/**
		 * 结业 or 未结业 for one person. A completion writes the course's certificate into the
		 * person's certificate records (matching counts it at once) and meets their needs in the
		 * course's occupation; correcting it to 未结业 takes both back.
		 */
		async result(
			actor: AuthUser,
			courseId: string,
			id: string,
			input: EnrolmentResultInput,
			meta: AuditMeta,
		): Promise<Enrolment> {
			const course = await courseOrThrow(db, courseId);
			const today = localDay(now());
			if (today < course.course.startDate)
				throw new RuleViolationError('course_not_started', '课程还没开始，不能记录结业。');
			const before = await staffEnrolment(actor, courseId, id);
			if (before.e.status === 'withdrawn')
				throw new RuleViolationError('enrolment_withdrawn', '这个人已经取消了报名。');
			if (before.e.status === input.result) return toEnrolment(before);
			const c = course.course;
			await db.transaction(async (tx) => {
				let certificateId: string | null = null;
				if (input.result === 'completed') {
					if (c.certificateKind)
						certificateId = (
							await completion.insertCertificate(tx, {
								personId: before.e.personId,
								kind: c.certificateKind,
								issuedOn: today,
								occupationCode: c.occupationCode,
							})
						).id;
					if (c.occupationCode)
						await completion.meetNeeds(tx, before.e.personId, c.occupationCode, before.e.id, now());
				} else {
					if (before.e.certificateId)
						await completion.deleteCertificate(tx, before.e.certificateId);
					await completion.unmeetNeeds(tx, before.e.id);
				}
				await repo.updateEnrolment(tx, id, {
					status: input.result,
					resultAt: now(),
					resultByUserId: actor.id,
					certificateId,
				});
				await writeAudit(tx, {
					actorUserId: actor.id,
					action: 'training.result',
					entity: 'training_enrolment',
					entityId: id,
					detail: { courseId, before: before.e.status, after: input.result, certificateId },
					...meta,
				});
				if (input.result === 'completed')
					await notifyAll(notifier, tx, await seekerUsers(tx, before.e.personId), {
						kind: 'training',
						title: `您已从培训“${c.title}”结业`,
						body: c.certificateKind
							? `${certificateLabel(c.certificateKind)}已经记入您的资料，推荐岗位会算上它。`
							: '结业已经记入您的资料。',
						link: '/me/training',
					});
			});
			return toEnrolment((await repo.enrolment(db, courseId, id))!);
		},

		async mine(user: AuthUser): Promise<MyTraining> {
			return user.personId ? coursesOf(user.personId) : { items: [] };
		},

		/** A person's courses for staff (代办); township staff only for their own people. */
		async forPerson(actor: AuthUser, personId: string): Promise<MyTraining> {
			const person = await repo.person(db, personId);
			const scope = scopeOf(actor);
			if (!person || (scope && person.townshipCode !== scope))
				throw new NotFoundError('person', personId);
			return coursesOf(personId);
		},
	};

	async function coursesOf(personId: string): Promise<MyTraining> {
		const today = localDay(now());
		const rows = await repo.mine(db, personId);
		return {
			items: rows.map(({ e, ...c }) => {
				const {
					personName: _n,
					townshipName: _t,
					...enrolment
				} = toEnrolment({
					e,
					personName: '',
					townshipCode: '',
					townshipName: '',
				});
				const { mine: _m, ...course } = toCourse(c, today);
				return { enrolment, course };
			}),
		};
	}
}
