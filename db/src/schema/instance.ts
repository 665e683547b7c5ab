import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Facts about this database itself that only the platform writes, never staff (unlike `settings`):
 * whether this database was filled with demo data by the platform (`demo`), and the check value
 * and id of the data key its identifiers are encrypted with (`data_key`).
 */
export const instanceState = pgTable('instance_state', {
	key: text().primaryKey(),
	value: jsonb().$type<unknown>().notNull(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
