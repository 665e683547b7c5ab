import {
	date,
	index,
	integer,
	numeric,
	pgEnum,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { employers } from './employers.js';
import { people } from './people.js';

/*
 * Money is numeric(14,2) in yuan, read and written as decimal strings (drizzle's default mode for
 * numeric), never as binary floats; the levy engine does exact rational arithmetic on them.
 */

export const reviewDecision = pgEnum('review_decision', ['pending', 'accepted', 'rejected']);
export const annualReviewStatus = pgEnum('annual_review_status', [
	'draft', // the employer is still filling in the roster
	'submitted', // waiting for staff
	'returned', // staff sent it back with a reason
	'approved', // verified; the accepted people feed the levy
]);

export const certificateKind = pgEnum('certificate_kind', [
	'disability', // 《中华人民共和国残疾人证》, 等级 1–4
	'military', // 《中华人民共和国残疾军人证》, 等级 1–10
]);

/**
 * 残保金 rules for one province and collection year (docs/domain.md#levy-timeline). A change of law
 * is a new row; staff may edit a row. Ratios are decimal fractions ('0.015' = 1.5 %).
 */
export const levyRules = pgTable(
	'levy_rules',
	{
		provinceCode: text().notNull(), // 2-digit GB/T 2260 code, '14' = 山西
		collectionYear: integer().notNull(), // the year the levy is collected; it assesses the year before
		quotaRatio: numeric({ precision: 6, scale: 4 }).notNull(),
		// null: no cap (before 2017)
		wageCapMultiple: numeric({ precision: 4, scale: 2 }),
		// 分档减缴: ratio ≥ threshold → rateAtOrAbove, below → rateBelow; null threshold: pay 100 %
		tierThreshold: numeric({ precision: 6, scale: 4 }),
		rateAtOrAbove: numeric({ precision: 5, scale: 4 }).notNull().default('1'),
		rateBelow: numeric({ precision: 5, scale: 4 }).notNull().default('1'),
		// enterprises with at most this many staff are exempt; null: no exemption
		smallEnterpriseMaxStaff: integer(),
		doubleDisabilityLevels: smallint().array().notNull().default([]),
		doubleMilitaryGrades: smallint().array().notNull().default([]),
		countedMilitaryGrades: smallint().array().notNull().default([]),
		// average staff: decimals kept and how ('truncate' = 不四舍五入, 'half_up')
		averageStaffDecimals: smallint().notNull().default(2),
		averageStaffRounding: text().notNull().default('truncate'),
		// the amount due is rounded to 0.01 yuan half-up once, at the end
		moneyRounding: text().notNull().default('half_up_fen_at_end'),
		source: text().notNull().default(''),
		...timestamps,
	},
	(t) => [primaryKey({ columns: [t.provinceCode, t.collectionYear] })],
);

/**
 * 当地社会平均工资 (weighted 非私营 + 私营, 98号) and the minimum wage, entered by staff per area and
 * year. `areaCode` is a county, city or province code; the most local figure wins.
 */
export const localAverageWages = pgTable(
	'local_average_wages',
	{
		areaCode: text().notNull(),
		year: integer().notNull(), // the calendar year the figure describes
		averageAnnualWage: numeric({ precision: 14, scale: 2 }).notNull(),
		minimumMonthlyWage: numeric({ precision: 14, scale: 2 }),
		source: text().notNull().default(''),
		enteredByUserId: uuid(),
		...timestamps,
	},
	(t) => [primaryKey({ columns: [t.areaCode, t.year] })],
);

/** An employer's staff and wage figures for one calendar year (the levy is collected the year after). */
export const employerLevyYears = pgTable(
	'employer_levy_years',
	{
		employerId: uuid()
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		year: integer().notNull(),
		// 12 monthly headcounts (Jan–Dec), or else a given annual average
		monthlyStaff: integer().array(),
		averageStaff: numeric({ precision: 10, scale: 2 }),
		wageBill: numeric({ precision: 14, scale: 2 }).notNull(),
		updatedByUserId: uuid(),
		...timestamps,
	},
	(t) => [primaryKey({ columns: [t.employerId, t.year] })],
);

/** A disabled employee an employer counts for one year; `personId` links the registry when known. */
export const employerDisabledEmployees = pgTable(
	'employer_disabled_employees',
	{
		id: uuid().primaryKey().defaultRandom(),
		employerId: uuid()
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		year: integer().notNull(),
		personId: uuid().references(() => people.id),
		displayName: text().notNull().default(''),
		certificateKind: certificateKind().notNull(),
		level: smallint().notNull(),
		certificateValidUntil: date({ mode: 'string' }),
		monthsCounted: smallint().notNull(),
		contractStart: date({ mode: 'string' }),
		contractEnd: date({ mode: 'string' }),
		monthlyWage: numeric({ precision: 14, scale: 2 }),
		insuranceMonths: smallint().notNull().default(0),
		// the 残疾人证号 / 残疾军人证号 the employer entered: encrypted, a keyed hash of the 18-digit
		// ID part finds the same person claimed by two employers (挂靠) even outside the registry
		certificateNumberEnc: text(),
		// the ID number itself, encrypted: a 残疾军人证号 does not contain it, and without it the
		// keyed hash could not be recomputed when the data key is rotated
		idNumberEnc: text(),
		idNumberHash: text(),
		idNumberMasked: text().notNull().default(''),
		// 年审: staff decide each person; only accepted people count once the review is approved
		reviewDecision: reviewDecision().notNull().default('pending'),
		reviewNote: text().notNull().default(''),
		...timestamps,
	},
	(t) => [
		index('employer_disabled_employees_id_number_hash_year_idx').on(t.idNumberHash, t.year),
		index('employer_disabled_employees_employer_id_year_idx').on(t.employerId, t.year),
		index('employer_disabled_employees_person_id_year_idx').on(t.personId, t.year),
	],
);

/** 年审 of one employer's disabled-employee roster for one calendar year. */
export const annualReviews = pgTable(
	'annual_reviews',
	{
		employerId: uuid()
			.notNull()
			.references(() => employers.id, { onDelete: 'cascade' }),
		year: integer().notNull(),
		status: annualReviewStatus().notNull().default('draft'),
		submittedAt: timestamp({ withTimezone: true }),
		submittedByUserId: uuid(),
		reviewedAt: timestamp({ withTimezone: true }),
		reviewedByUserId: uuid(),
		returnReason: text().notNull().default(''),
		...timestamps,
	},
	(t) => [
		primaryKey({ columns: [t.employerId, t.year] }),
		index('annual_reviews_year_status_idx').on(t.year, t.status),
	],
);

export type LevyRule = typeof levyRules.$inferSelect;
export type NewLevyRule = typeof levyRules.$inferInsert;
export type LocalAverageWage = typeof localAverageWages.$inferSelect;
export type EmployerLevyYear = typeof employerLevyYears.$inferSelect;
export type NewEmployerLevyYear = typeof employerLevyYears.$inferInsert;
export type EmployerDisabledEmployee = typeof employerDisabledEmployees.$inferSelect;
export type AnnualReview = typeof annualReviews.$inferSelect;
export type NewEmployerDisabledEmployee = typeof employerDisabledEmployees.$inferInsert;
