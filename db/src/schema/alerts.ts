import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

/** A seeker's saved job search; new matching published postings notify them. */
export const savedSearches = pgTable(
	'saved_searches',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text().notNull(),
		// the job-search query as the search page sends it (q, township, postType, …)
		query: jsonb().$type<Record<string, string | string[]>>().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		// postings published after this moment are new for this search
		checkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('saved_searches_user_id_idx').on(t.userId)],
);

/** In-app notifications; a provider interface may also send them by SMS. */
export const notifications = pgTable(
	'notifications',
	{
		id: uuid().primaryKey().defaultRandom(),
		userId: uuid()
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		title: text().notNull(),
		body: text().notNull().default(''),
		link: text().notNull().default(''),
		// de-duplication key, e.g. `saved-search:<id>:posting:<id>`
		dedupeKey: text().unique(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		readAt: timestamp({ withTimezone: true }),
	},
	(t) => [index('notifications_user_id_created_at_idx').on(t.userId, t.createdAt)],
);

export type SavedSearch = typeof savedSearches.$inferSelect;
export type Notification = typeof notifications.$inferSelect;
