import { boolean, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';
import { applications } from './matching.js';

/**
 * A follow-up visit (回访) after a hire made at a fair: 30, 60 and 90 days after the hire, staff or
 * the employer record whether the person is still employed, the wage and any problems.
 */
export const fairFollowUps = pgTable(
	'fair_follow_ups',
	{
		id: uuid().primaryKey().defaultRandom(),
		applicationId: uuid()
			.notNull()
			.references(() => applications.id, { onDelete: 'cascade' }),
		// 30, 60 or 90: days after the hire
		day: integer().notNull(),
		dueAt: timestamp({ withTimezone: true }).notNull(),
		doneAt: timestamp({ withTimezone: true }),
		stillEmployed: boolean(),
		monthlyWage: integer(),
		problems: text().notNull().default(''),
		recordedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [unique('fair_follow_ups_application_day_unique').on(t.applicationId, t.day)],
);
