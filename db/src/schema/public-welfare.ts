import {
	boolean,
	date,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';
import { employers } from './employers.js';
import { people } from './people.js';
import { postings, publicWelfareKind } from './postings.js';
import { personFamilyMembers } from './priority.js';
import { townships } from './townships.js';

/**
 * 公益性岗位 placements (issue 15 §4, docs/public-welfare.md): a disabled person, or a member of
 * their family (`familyMemberId`), placed on a post for a term of at most 3 years, or to
 * retirement for someone fewer than 5 years from it at their first approval.
 */
export const publicWelfarePlacements = pgTable(
	'public_welfare_placements',
	{
		id: uuid().primaryKey().defaultRandom(),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		familyMemberId: uuid().references(() => personFamilyMembers.id, { onDelete: 'cascade' }),
		postingId: uuid().references(() => postings.id, { onDelete: 'set null' }),
		postTitle: text().notNull(),
		employerId: uuid().references(() => employers.id, { onDelete: 'set null' }),
		employerName: text().notNull(),
		kind: publicWelfareKind().notNull(),
		townshipCode: text()
			.notNull()
			.references(() => townships.code),
		fundingSource: text().notNull().default(''),
		startDate: date({ mode: 'string' }).notNull(),
		endDate: date({ mode: 'string' }).notNull(),
		toRetirement: boolean().notNull().default(false),
		// the holder's how-many-th placement (local practice: at most 2)
		placementNumber: integer().notNull(),
		endedOn: date({ mode: 'string' }),
		endReason: text().notNull().default(''),
		createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [
		index('public_welfare_placements_person_id_idx').on(t.personId),
		index('public_welfare_placements_end_date_idx').on(t.endDate),
	],
);

/** The monthly ledger of a placement: 岗位补贴 and 社会保险补贴, in 元, paid to the employing unit. */
export const publicWelfareSubsidies = pgTable(
	'public_welfare_subsidies',
	{
		id: uuid().primaryKey().defaultRandom(),
		placementId: uuid()
			.notNull()
			.references(() => publicWelfarePlacements.id, { onDelete: 'cascade' }),
		// the first day of the month paid for
		month: date({ mode: 'string' }).notNull(),
		postSubsidy: integer().notNull().default(0),
		insuranceSubsidy: integer().notNull().default(0),
		recordedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [uniqueIndex('public_welfare_subsidies_month_idx').on(t.placementId, t.month)],
);

export type PublicWelfarePlacement = typeof publicWelfarePlacements.$inferSelect;
export type NewPublicWelfarePlacement = typeof publicWelfarePlacements.$inferInsert;
