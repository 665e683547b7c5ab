import { integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';

export const fairMode = pgEnum('fair_mode', ['online', 'hybrid']);

/** 残疾人专场招聘会. Status is derived from the dates, so only the schedule is stored. */
export const fairs = pgTable('fairs', {
	id: uuid().primaryKey().defaultRandom(),
	title: text().notNull(),
	description: text().notNull().default(''),
	mode: fairMode().notNull().default('online'),
	venue: text().notNull().default(''),
	startsAt: timestamp({ withTimezone: true }).notNull(),
	endsAt: timestamp({ withTimezone: true }).notNull(),
	organizer: text().notNull(),
	// outcome figures of a finished fair (参会企业, 岗位, 求职者, 达成意向); later issues compute them
	employerCount: integer(),
	postingCount: integer(),
	seekerCount: integer(),
	intentionCount: integer(),
	...timestamps,
});

export type Fair = typeof fairs.$inferSelect;
