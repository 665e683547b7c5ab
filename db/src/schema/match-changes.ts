import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * What changed that the matching lists read (docs/matching.md, "Speed"): written by triggers on
 * postings, employers, applications, people, consents, certificates, priority statuses and
 * occupations (migration 0020), one row per changed posting, employer or person and statement.
 * `xid` is the writing transaction's id: a reader that remembers the oldest transaction still
 * running when it last looked (`pg_snapshot_xmin`) finds every change committed since, whatever
 * order transactions commit in. `kind`: posting, employer, applications (ref: the posting),
 * person, all (ref null: read everything again).
 */
export const matchChanges = pgTable(
	'match_changes',
	{
		xid: bigint({ mode: 'number' })
			.notNull()
			.default(sql`(pg_current_xact_id()::text::bigint)`),
		kind: text().notNull(),
		ref: text(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
	},
	(t) => [index('match_changes_xid_idx').on(t.xid), index('match_changes_at_idx').on(t.at)],
);
