import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who did what to which record, and when, and from where. Never holds identifiers in the clear:
 * `detail` names fields (or masks), not their values. Rows are only ever inserted: a trigger
 * (migration add_audit_log_append_only) refuses UPDATE, DELETE and TRUNCATE, even to the app.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		actorUserId: uuid(),
		// 代办: the person a staff member acted for
		onBehalfOfPersonId: uuid(),
		action: text().notNull(),
		entity: text().notNull(),
		entityId: text(),
		detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
		requestId: text(),
		// the client's address as the API's trusted proxies report it
		ip: text(),
		// shortened by the writer: the header is the caller's to choose
		userAgent: text(),
	},
	(t) => [
		index('audit_log_at_idx').on(t.at),
		index('audit_log_entity_entity_id_idx').on(t.entity, t.entityId),
		index('audit_log_actor_user_id_idx').on(t.actorUserId),
	],
);

export type AuditEntry = typeof auditLog.$inferSelect;
