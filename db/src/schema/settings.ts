import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';

/** Key/value settings that staff may change (county, defaults: docs/domain.md#defaults). */
export const settings = pgTable('settings', {
	key: text().primaryKey(),
	value: jsonb().$type<unknown>().notNull(),
	description: text().notNull().default(''),
	...timestamps,
});

export type Setting = typeof settings.$inferSelect;
