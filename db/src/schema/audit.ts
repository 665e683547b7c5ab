import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Who did what to which record, and when. Never holds identifiers in the clear: `detail` names
 * fields, not their values. Rows are only ever inserted.
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
	},
	(t) => [
		index('audit_log_at_idx').on(t.at),
		index('audit_log_entity_entity_id_idx').on(t.entity, t.entityId),
		index('audit_log_actor_user_id_idx').on(t.actorUserId),
	],
);

export type AuditEntry = typeof auditLog.$inferSelect;
