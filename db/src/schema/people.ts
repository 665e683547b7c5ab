import { date, index, pgEnum, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { townships } from './townships.js';

export const sex = pgEnum('sex', ['male', 'female']);
export const householdType = pgEnum('household_type', ['agricultural', 'non_agricultural']);
export const employmentStatus = pgEnum('employment_status', ['employed', 'unemployed']);
export const employmentForm = pgEnum('employment_form', [
	'quota', // 按比例就业
	'concentrated', // 集中就业
	'self_employed', // 个体就业（含自主创业）
	'public_welfare', // 公益性岗位就业
	'auxiliary', // 辅助性就业
	'rural_farming', // 农村种养加
	'flexible', // 灵活就业
]);

/**
 * 求职者 / 残疾人 (real-name registry). ID and certificate numbers are stored only encrypted
 * (AES-256-GCM) with a keyed hash for exact look-up; `idNumberMasked` is safe to show.
 */
export const people = pgTable(
	'people',
	{
		id: uuid().primaryKey().defaultRandom(),
		fullName: text().notNull(),
		sex: sex().notNull(),
		birthDate: date({ mode: 'string' }).notNull(),
		idNumberEnc: text().notNull(),
		idNumberHash: text().notNull().unique(),
		idNumberMasked: text().notNull(),
		certificateNumberEnc: text(),
		certificateValidUntil: date({ mode: 'string' }),
		// 残疾类别 1..7 and 等级 1..4 (DOMAIN.md 3.1); sensitive, never sent to the search index
		category: smallint().notNull(),
		level: smallint().notNull(),
		townshipCode: text()
			.notNull()
			.references(() => townships.code),
		village: text().notNull().default(''),
		education: text().notNull().default(''),
		phone: text().notNull().default(''),
		householdType: householdType().notNull(),
		employmentStatus: employmentStatus().notNull().default('unemployed'),
		employmentForm: employmentForm(),
		skills: text().array().notNull().default([]),
		// staff who registered the person (代办); null for self-registration and imports
		registeredByUserId: uuid(),
		...timestamps,
	},
	(t) => [index('people_township_code_idx').on(t.townshipCode)],
);

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
