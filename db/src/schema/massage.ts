import {
	boolean,
	date,
	integer,
	pgEnum,
	pgTable,
	smallint,
	text,
	uniqueIndex,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { employers } from './employers.js';
import { people } from './people.js';
import { townships } from './townships.js';

export const massageQualification = pgEnum('massage_qualification', ['medical', 'health']);
export const massageTitle = pgEnum('massage_title', [
	'none',
	'assistant',
	'physician',
	'attending',
	'associate_chief',
	'chief',
]);

/** 盲人按摩所 / 盲人保健按摩机构 (issue 15 §5, docs/massage.md), linked to the employer that runs it. */
export const massageClinics = pgTable('massage_clinics', {
	id: uuid().primaryKey().defaultRandom(),
	name: text().notNull(),
	kind: massageQualification().notNull(),
	employerId: uuid().references(() => employers.id, { onDelete: 'set null' }),
	townshipCode: text()
		.notNull()
		.references(() => townships.code),
	operatorPersonId: uuid().references(() => people.id, { onDelete: 'set null' }),
	areaM2: integer().notNull(),
	beds: integer().notNull(),
	sterilisation: boolean().notNull().default(false),
	licenceNumber: text().notNull().default(''),
	...timestamps,
});

/** A blind massage practitioner: qualification, exam, practice, title and 执业备案. */
export const massagePractitioners = pgTable(
	'massage_practitioners',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		qualification: massageQualification().notNull(),
		examYear: smallint(),
		practiceSince: date({ mode: 'string' }),
		title: massageTitle().notNull().default('none'),
		registeredClinicId: uuid().references(() => massageClinics.id, { onDelete: 'set null' }),
		registeredOn: date({ mode: 'string' }),
		...timestamps,
	},
	(t) => [uniqueIndex('massage_practitioners_person_idx').on(t.personId)],
);

/** 继续教育 hours per practitioner and year. */
export const massageCeHours = pgTable(
	'massage_ce_hours',
	{
		id: uuid().primaryKey().defaultRandom(),
		practitionerId: uuid()
			.notNull()
			.references(() => massagePractitioners.id, { onDelete: 'cascade' }),
		year: smallint().notNull(),
		hours: integer().notNull(),
		...timestamps,
	},
	(t) => [uniqueIndex('massage_ce_hours_year_idx').on(t.practitionerId, t.year)],
);
