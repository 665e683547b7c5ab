import {
	index,
	integer,
	jsonb,
	pgEnum,
	pgTable,
	smallint,
	text,
	timestamp,
	uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from './_columns.js';
import { employers } from './employers.js';

/**
 * 公示 of one year's quota figures. `rows` is the list as published (unit-level aggregates only,
 * never a person), so it stays the same during the objection window.
 */
export const quotaDisclosures = pgTable('quota_disclosures', {
	year: integer().primaryKey(),
	publishedAt: timestamp({ withTimezone: true }).notNull(),
	objectionDays: smallint().notNull(),
	rows: jsonb().$type<DisclosureRow[]>().notNull(),
	publishedByUserId: uuid(),
	note: text().notNull().default(''),
	...timestamps,
});

export type DisclosureRow = {
	employerId: string;
	employerName: string;
	employerKind: string;
	requiredCount: number;
	placedCount: number;
	shortfall: number;
};

export const objectionStatus = pgEnum('objection_status', ['open', 'answered']);

/** 异议 against a published disclosure, filed by anyone during the objection window. */
export const quotaObjections = pgTable(
	'quota_objections',
	{
		id: uuid().primaryKey().defaultRandom(),
		year: integer()
			.notNull()
			.references(() => quotaDisclosures.year, { onDelete: 'cascade' }),
		employerId: uuid().references(() => employers.id, { onDelete: 'set null' }),
		submitterName: text().notNull(),
		contact: text().notNull(),
		body: text().notNull(),
		// a retried submission with the same key is the same objection
		idempotencyKey: text().notNull().unique(),
		status: objectionStatus().notNull().default('open'),
		response: text().notNull().default(''),
		handledByUserId: uuid(),
		handledAt: timestamp({ withTimezone: true }),
		...timestamps,
	},
	(t) => [index('quota_objections_year_status_idx').on(t.year, t.status)],
);

export type QuotaDisclosure = typeof quotaDisclosures.$inferSelect;
export type QuotaObjection = typeof quotaObjections.$inferSelect;
