import {
	boolean,
	date,
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	smallint,
	text,
	timestamp,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { townships } from './townships.js';

export const sex = pgEnum('sex', ['male', 'female']);
export const householdType = pgEnum('household_type', ['agricultural', 'non_agricultural']);
export const employmentStatus = pgEnum('employment_status', ['employed', 'unemployed']);
export const personSource = pgEnum('person_source', ['staff', 'self', 'import']);

/**
 * Who may see a seeker's profile before the seeker applies (the passport's 公开程度):
 * - `on_apply`: only employers the seeker applied to or accepted an invitation from;
 * - `summary`: approved employers also see an anonymous summary (abilities, wishes; no name, no contact);
 * - `full`: approved employers also see name and contact. Any level needs the share consent.
 */
export const disclosureLevel = pgEnum('disclosure_level', ['on_apply', 'summary', 'full']);

/** The accessibility & communication passport (沟通与无障碍需求卡). Codes are listed in the API contracts. */
export type Passport = {
	preferredContact: string[];
	needs: string[];
	otherNeeds: string;
	largeText: boolean;
	highContrast: boolean;
};

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
		// 残疾类别 1..7 and 等级 1..4 (docs/domain.md#disability-certificate); sensitive, never sent to
		// the search index
		category: smallint().notNull(),
		level: smallint().notNull(),
		// for 多重残疾 (category 7): the categories it is made of, e.g. {1,2}; empty otherwise
		categoryComponents: smallint().array().notNull().default([]),
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
		certificateValidFrom: date({ mode: 'string' }),
		// 未就业主要原因 (动态1表 R19 code 1..7) and when the current job began
		unemployedReason: smallint(),
		employedSince: date({ mode: 'string' }),
		trainingCertificates: text().array().notNull().default([]),
		// job intentions: 职业分类大典 codes of the occupations table (migration 0018 mapped the
		// names stored before), other wishes as a note matching does not read, work modes,
		// pay (元/月), travel (km)
		desiredOccupations: text().array().notNull().default([]),
		desiredOccupationsNote: text().notNull().default(''),
		desiredWorkModes: text().array().notNull().default([]),
		expectedPayMin: integer(),
		maxTravelKm: integer(),
		// ability profile: item code → 0 不能 / 1 有些困难 / 2 没有困难 (items listed in the API contracts)
		ability: jsonb().$type<Record<string, number>>().notNull().default({}),
		// when the seeker last saved the ability step: the step is done even if every item was
		// left as 先不回答
		abilitySavedAt: timestamp({ withTimezone: true }),
		passport: jsonb().$type<Passport>(),
		disclosure: disclosureLevel().notNull().default('on_apply'),
		// PIPL art. 24: false when the seeker switched personalised recommendations off
		personalised: boolean().notNull().default(true),
		// e.g. 'certificate_long_form': a reissued certificate number longer than 20 characters
		reviewFlags: text().array().notNull().default([]),
		source: personSource().notNull().default('staff'),
		// staff who registered the person (代办); null for self-registration and imports
		registeredByUserId: uuid(),
		...timestamps,
	},
	(t) => [index('people_township_code_idx').on(t.townshipCode)],
);

/**
 * A seeker's certificates (证书): kind from contracts' CERTIFICATE_KINDS, the number only
 * encrypted (AES-256-GCM, like the other numbers) with a masked form that is safe to show.
 * Expired certificates stay on record but do not count for matching.
 */
export const personCertificates = pgTable(
	'person_certificates',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		numberEnc: text(),
		numberMasked: text().notNull().default(''),
		issuedOn: date({ mode: 'string' }),
		validUntil: date({ mode: 'string' }),
		// the occupation whose training the certificate shows, when a completed course wrote it
		occupationCode: text(),
		...timestamps,
	},
	(t) => [index('person_certificates_person_id_idx').on(t.personId)],
);
export type PersonCertificate = typeof personCertificates.$inferSelect;
export type NewPersonCertificate = typeof personCertificates.$inferInsert;

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;

/**
 * What stays of a person who deleted their account (PIPL art. 47): the fields the real-name
 * employment statistics count by, and nothing else. No link back: a new id, no person id, and
 * years instead of dates, so a row cannot be matched to the audit log's deletion entry by time.
 */
export const anonymisedPeople = pgTable(
	'anonymised_people',
	{
		id: uuid().primaryKey().defaultRandom(),
		townshipCode: text()
			.notNull()
			.references(() => townships.code),
		sex: sex().notNull(),
		birthYear: smallint().notNull(),
		category: smallint().notNull(),
		level: smallint().notNull(),
		householdType: householdType().notNull(),
		employmentStatus: employmentStatus().notNull(),
		employmentForm: employmentForm(),
		unemployedReason: smallint(),
		source: personSource().notNull(),
		registeredYear: smallint().notNull(),
		deletedYear: smallint().notNull(),
	},
	(t) => [index('anonymised_people_township_code_idx').on(t.townshipCode)],
);

export type NewAnonymisedPerson = typeof anonymisedPeople.$inferInsert;
