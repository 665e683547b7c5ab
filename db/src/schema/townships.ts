import { doublePrecision, integer, pgEnum, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';

export const townshipKind = pgEnum('township_kind', ['town', 'township']);

/** 乡镇. Codes are the NBS 统计用区划代码 (9 digits); coordinates are approximate and editable by staff. */
export const townships = pgTable('townships', {
	code: text().primaryKey(),
	name: text().notNull().unique(),
	kind: townshipKind().notNull(),
	// 140922 for the county itself, 140971 for the three administered by 五台山风景名胜区
	countyCode: text().notNull(),
	latitude: doublePrecision().notNull(),
	longitude: doublePrecision().notNull(),
	coordinatesApproximate: integer().notNull().default(1),
	note: text().notNull().default(''),
	sortOrder: integer().notNull().default(0),
	...timestamps,
});

export type Township = typeof townships.$inferSelect;
export type NewTownship = typeof townships.$inferInsert;
