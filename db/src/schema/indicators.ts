import { numeric, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { users } from './accounts.js';

/**
 * The plan's targets per year (issue 15 §7, docs/indicators.md), edited by staff; a code without
 * a row uses the default of contracts' INDICATORS. `manualActual` holds the figures the platform
 * cannot count itself (e.g. whether the federation's own cadres include a disabled person).
 */
export const indicatorTargets = pgTable(
	'indicator_targets',
	{
		year: smallint().notNull(),
		code: text().notNull(),
		target: numeric({ precision: 12, scale: 4, mode: 'number' }),
		manualActual: numeric({ precision: 12, scale: 4, mode: 'number' }),
		note: text().notNull().default(''),
		updatedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
		...timestamps,
	},
	(t) => [primaryKey({ columns: [t.year, t.code] })],
);
