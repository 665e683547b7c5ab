import { integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

export const importStatus = pgEnum('import_status', ['queued', 'running', 'done', 'failed']);

/** One bad cell of an imported file: 1-based sheet row, column header, Chinese reason. */
export type ImportRowError = { row: number; column: string; message: string };

/** An uploaded roster (.xlsx) and how far its import has come; errors never hold identifiers. */
export const imports = pgTable('imports', {
	id: uuid().primaryKey().defaultRandom(),
	kind: text().notNull().default('people_roster'),
	fileName: text().notNull(),
	fileSha256: text().notNull(),
	status: importStatus().notNull().default('queued'),
	totalRows: integer().notNull().default(0),
	processedRows: integer().notNull().default(0),
	createdRows: integer().notNull().default(0),
	updatedRows: integer().notNull().default(0),
	unchangedRows: integer().notNull().default(0),
	badRows: integer().notNull().default(0),
	errors: jsonb().$type<ImportRowError[]>().notNull().default([]),
	failureMessage: text(),
	createdByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	finishedAt: timestamp({ withTimezone: true }),
});

export type Import = typeof imports.$inferSelect;
