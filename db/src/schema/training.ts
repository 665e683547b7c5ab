import {
	date,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';
import { people, personCertificates } from './people.js';
import { townships } from './townships.js';

// 培训周期 of the real-name statistics: 长期 > half a year, 中期 ≤ half a year, 短期 ≤ a month
export const trainingLength = pgEnum('training_length', ['long', 'medium', 'short']);
export const enrolmentStatus = pgEnum('enrolment_status', [
	'enrolled',
	'withdrawn',
	'completed',
	'not_completed',
]);
export const enrolmentVia = pgEnum('enrolment_via', ['self', 'staff']);

/** 职业技能培训 courses (docs/training.md). */
export const trainingCourses = pgTable('training_courses', {
	id: uuid().primaryKey().defaultRandom(),
	title: text().notNull(),
	provider: text().notNull(),
	occupationCode: text(),
	townshipCode: text()
		.notNull()
		.references(() => townships.code),
	startDate: date({ mode: 'string' }).notNull(),
	endDate: date({ mode: 'string' }).notNull(),
	lengthClass: trainingLength().notNull().default('short'),
	seats: integer().notNull(),
	// 元 per learner (0: free) and who pays the rest, e.g. 残疾人就业保障金
	cost: integer().notNull().default(0),
	funding: text().notNull().default(''),
	// codes of contracts' TRAINING_ACCESS
	access: text().array().notNull().default([]),
	// the certificate kind a completion writes into the learner's records (contracts'
	// CERTIFICATE_KINDS); null when the course gives none
	certificateKind: text(),
	description: text().notNull().default(''),
	createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
	...timestamps,
});

/**
 * One person on one course: signed up by themselves or by staff (代办), the days present and the
 * result. A completion's certificate is a row of person_certificates; correcting the result to
 * 未结业 removes that row again.
 */
export const trainingEnrolments = pgTable(
	'training_enrolments',
	{
		id: uuid().primaryKey().defaultRandom(),
		courseId: uuid()
			.notNull()
			.references(() => trainingCourses.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		via: enrolmentVia().notNull(),
		enrolledByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		status: enrolmentStatus().notNull().default('enrolled'),
		attended: date({ mode: 'string' }).array().notNull().default([]),
		resultAt: timestamp({ withTimezone: true }),
		resultByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		certificateId: uuid().references(() => personCertificates.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [
		uniqueIndex('training_enrolments_course_person_idx').on(t.courseId, t.personId),
		index('training_enrolments_person_id_idx').on(t.personId),
	],
);

/**
 * 培训需求: what a person needs to learn and why, recorded by them or by staff; met when a course
 * in that occupation is completed. The training rate of the plan counts these.
 */
export const trainingNeeds = pgTable(
	'training_needs',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		occupationCode: text(),
		what: text().notNull(),
		reason: text().notNull().default(''),
		recordedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		metAt: timestamp({ withTimezone: true }),
		metByEnrolmentId: uuid().references(() => trainingEnrolments.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [index('training_needs_person_id_idx').on(t.personId)],
);

export type TrainingCourse = typeof trainingCourses.$inferSelect;
export type NewTrainingCourse = typeof trainingCourses.$inferInsert;
export type TrainingEnrolment = typeof trainingEnrolments.$inferSelect;
