import { boolean, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';
import { fairBooths } from './fair-booths.js';
import { fairs } from './fairs.js';
import { applications } from './matching.js';
import { people } from './people.js';

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

/** A seeker's wish to interview with a booth, in their order (1 = first choice): the allocation's input. */
export const fairInterviewRequests = pgTable(
	'fair_interview_requests',
	{
		id: uuid().primaryKey().defaultRandom(),
		fairId: uuid()
			.notNull()
			.references(() => fairs.id, { onDelete: 'cascade' }),
		personId: uuid()
			.notNull()
			.references(() => people.id, { onDelete: 'cascade' }),
		boothId: uuid()
			.notNull()
			.references(() => fairBooths.id, { onDelete: 'cascade' }),
		preference: integer().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [unique('fair_interview_requests_unique').on(t.fairId, t.personId, t.boothId)],
);
