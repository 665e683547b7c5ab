import {
	bigint,
	index,
	integer,
	pgEnum,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
} from 'drizzle-orm/pg-core';

export const outboxOp = pgEnum('outbox_op', ['upsert', 'delete']);

/**
 * Transactional outbox for the search index: written in the same transaction as the data,
 * drained by the search worker. One row per entity; a newer change replaces an older one.
 */
export const searchOutbox = pgTable(
	'search_outbox',
	{
		id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		entity: text().notNull(),
		entityId: text().notNull(),
		op: outboxOp().notNull().default('upsert'),
		// bumped whenever the entity changes again, so the worker only deletes what it processed
		revision: integer().notNull().default(1),
		attempts: integer().notNull().default(0),
		lastError: text(),
		availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [
		uniqueIndex('search_outbox_entity_entity_id_key').on(t.entity, t.entityId),
		index('search_outbox_available_at_idx').on(t.availableAt),
	],
);

export type SearchOutboxRow = typeof searchOutbox.$inferSelect;
