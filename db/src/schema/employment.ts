import {
	boolean,
	date,
	index,
	pgEnum,
	pgTable,
	smallint,
	text,
	timestamp,
	uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { employers } from './employers.js';
import { employmentForm, employmentStatus, people } from './people.js';

/** Who wrote an employment record: the seeker, staff, a hire on the platform, a roster or import. */
export const employmentSource = pgEnum('employment_source', [
	'seeker',
	'staff',
	'hire',
	'roster',
	'import',
]);
/** 劳动合同 of the real-name statistics: a labour contract, a service agreement, or none. */
export const employmentContract = pgEnum('employment_contract', ['labour', 'service', 'none']);

/**
 * 实名制 employment history (issue 15 §2, docs/employment.md): one row per change of a person's
 * situation, never updated (a trigger refuses UPDATE); the newest row is the current state, and
 * people.employment_* mirror it for matching and the registry. A correction is a new row.
 */
export const employmentRecords = pgTable(
	'employment_records',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		status: employmentStatus().notNull(),
		form: employmentForm(),
		employerId: uuid().references(() => employers.id, { onDelete: 'set null' }),
		// the employer's name as recorded (also for employers not on the platform)
		employerName: text().notNull().default(''),
		startedOn: date({ mode: 'string' }),
		contract: employmentContract(),
		socialInsurance: boolean(),
		// 未就业主要原因 (动态1表 R19 1..7) and 主要生活来源 (R18 1..5)
		unemployedReason: smallint(),
		incomeSource: smallint(),
		note: text().notNull().default(''),
		source: employmentSource().notNull(),
		recordedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('employment_records_person_id_idx').on(t.personId, t.createdAt)],
);

export type EmploymentRecord = typeof employmentRecords.$inferSelect;
export type NewEmploymentRecord = typeof employmentRecords.$inferInsert;
