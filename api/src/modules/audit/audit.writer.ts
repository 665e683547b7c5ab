import type { AuditAction, AuditEntity } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { auditLog } from '@ronghe/db/schema';

/** One audit row: a known action on a known kind of record (both have labels in the log). */
export type AuditRecord = Omit<typeof auditLog.$inferInsert, 'id' | 'at' | 'action' | 'entity'> & {
	action: AuditAction;
	entity: AuditEntity;
};

/** Where the request behind an entry came from; routes build it with `auditMeta(req)`. */
export type AuditMeta = { requestId: string; ip: string; userAgent: string };

// enough to tell browsers and scripts apart; the header is the caller's to choose, of any length
const USER_AGENT_MAX = 300;
// an IPv6 address with a zone fits; X-Forwarded-For from a trusted proxy is still only text
const IP_MAX = 64;

/**
 * The only writer of the audit log. Pass the business transaction, so the entry commits or
 * rolls back with the change it records.
 */
export async function writeAudit(db: Db, entry: AuditRecord): Promise<void> {
	const bounded = { ...entry };
	if (entry.userAgent) bounded.userAgent = entry.userAgent.slice(0, USER_AGENT_MAX);
	if (entry.ip) bounded.ip = entry.ip.slice(0, IP_MAX);
	await db.insert(auditLog).values(bounded);
}
