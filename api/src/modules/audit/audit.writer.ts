import type { AuditAction, AuditEntity } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { auditLog } from '@ronghe/db/schema';

/** One audit row: a known action on a known kind of record (both have labels in the log). */
export type AuditRecord = Omit<typeof auditLog.$inferInsert, 'id' | 'at' | 'action' | 'entity'> & {
	action: AuditAction;
	entity: AuditEntity;
};

/**
 * The only writer of the audit log. Pass the business transaction, so the entry commits or
 * rolls back with the change it records.
 */
export async function writeAudit(db: Db, entry: AuditRecord): Promise<void> {
	await db.insert(auditLog).values(entry);
}
