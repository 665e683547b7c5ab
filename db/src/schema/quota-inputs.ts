import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every committed change to what the bureau's quota overview is computed from, appended by
 * triggers in the writer's own transaction (migration quota_input_changes_triggers): the
 * employer whose figures changed, or null when a change touches everyone (a rule, a wage, a
 * township name, the county setting). The overview keeps computed figures and recomputes only
 * what changed since the last sequence number it has seen, so it is never older than the last
 * committed change and a page view does not recompute the county.
 */
export const quotaInputChanges = pgTable(
	'quota_input_changes',
	{
		seq: bigserial({ mode: 'number' }).primaryKey(),
		employerId: uuid(),
		// the writing transaction: a reader takes every change from transactions that were not yet
		// visible at its last read (at or above that snapshot's xmin), so a late commit with a
		// lower seq is never missed
		xid: bigint({ mode: 'number' })
			.notNull()
			.default(sql`(pg_current_xact_id()::text)::bigint`),
		changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('quota_input_changes_xid_idx').on(t.xid)],
);
