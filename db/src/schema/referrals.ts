import {
	index,
	pgEnum,
	pgTable,
	smallint,
	text,
	timestamp,
	uniqueIndex,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';
import { employers } from './employers.js';
import { people } from './people.js';
import { trainingCourses } from './training.js';

/** Who refers (issue 15 §3, docs/referrals.md): a school, a training provider, a service, staff. */
export const referralFrom = pgEnum('referral_from', [
	'special_school', // 特殊教育学校
	'training_provider', // 培训机构
	'service_agency', // 服务机构（康复、托养等）
	'federation', // 残联、就业服务机构
	'other',
]);
/** What a person is referred to. */
export const referralTo = pgEnum('referral_to', ['employer', 'course', 'service']);
/** Where a referral stands; `succeeded`, `declined` and `withdrawn` end it. */
export const referralStatus = pgEnum('referral_status', [
	'open', // 已转介，等对方回应
	'in_progress', // 对方已接洽（面试、试岗、报名、评估）
	'succeeded', // 录用 / 入学 / 得到服务
	'declined', // 对方或本人没有接受
	'withdrawn', // 撤回
]);
export const degreeLevel = pgEnum('degree_level', [
	'junior_college',
	'bachelor',
	'master',
	'doctor',
]);

/** A referral of one person to an employer, a course or a service, tracked to an outcome. */
export const referrals = pgTable(
	'referrals',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		fromKind: referralFrom().notNull(),
		fromName: text().notNull(),
		toKind: referralTo().notNull(),
		employerId: uuid().references(() => employers.id, { onDelete: 'set null' }),
		courseId: uuid().references(() => trainingCourses.id, { onDelete: 'set null' }),
		// the employer's, course's or service's name as recorded (also when not on the platform)
		toName: text().notNull(),
		reason: text().notNull().default(''),
		status: referralStatus().notNull().default('open'),
		outcomeNote: text().notNull().default(''),
		closedAt: timestamp({ withTimezone: true }),
		createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [
		index('referrals_person_id_idx').on(t.personId),
		index('referrals_status_idx').on(t.status),
	],
);

/** Every change of a referral's status, with who made it and why (never updated). */
export const referralUpdates = pgTable(
	'referral_updates',
	{
		id: uuid().primaryKey().defaultRandom(),
		referralId: uuid()
			.notNull()
			.references(() => referrals.id, { onDelete: 'cascade' }),
		status: referralStatus().notNull(),
		note: text().notNull().default(''),
		byUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('referral_updates_referral_id_idx').on(t.referralId)],
);

/** 残疾人大学生: the priority list of disabled graduates by graduation year. */
export const disabledGraduates = pgTable(
	'disabled_graduates',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		school: text().notNull(),
		major: text().notNull().default(''),
		degree: degreeLevel().notNull(),
		graduationYear: smallint().notNull(),
		note: text().notNull().default(''),
		createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [uniqueIndex('disabled_graduates_person_idx').on(t.personId)],
);

export type Referral = typeof referrals.$inferSelect;
export type DisabledGraduate = typeof disabledGraduates.$inferSelect;
