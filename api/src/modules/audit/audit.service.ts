import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditActionLabel, type AuditList, type AuditQuery } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { auditLog, users } from '@ronghe/db/schema';

type Deps = { db: Db };
export type AuditService = ReturnType<typeof createAuditService>;

// Dates are Beijing calendar days: `to` includes the whole of that day.
const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

export function createAuditService({ db }: Deps) {
	return {
		/** Staff filter the audit log, newest first. */
		async list(q: AuditQuery): Promise<AuditList> {
			const where: SQL | undefined = and(
				q.action ? eq(auditLog.action, q.action) : undefined,
				q.entity ? eq(auditLog.entity, q.entity) : undefined,
				q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
				q.actorUserId ? eq(auditLog.actorUserId, q.actorUserId) : undefined,
				q.from ? gte(auditLog.at, dayStart(q.from)) : undefined,
				q.to ? lt(auditLog.at, nextDay(q.to)) : undefined,
			);
			const [rows, [total]] = await Promise.all([
				db
					.select({ entry: auditLog, actorName: users.displayName, actorRole: users.role })
					.from(auditLog)
					.leftJoin(users, eq(users.id, auditLog.actorUserId))
					.where(where)
					.orderBy(desc(auditLog.at), desc(auditLog.id))
					.limit(q.pageSize)
					.offset((q.page - 1) * q.pageSize),
				db.select({ n: count() }).from(auditLog).where(where),
			]);
			return {
				items: rows.map(({ entry, actorName, actorRole }) => ({
					...entry,
					at: entry.at.toISOString(),
					actorName,
					actorRole,
					actionLabel: auditActionLabel(entry.action),
				})),
				total: total?.n ?? 0,
				page: q.page,
				pageSize: q.pageSize,
			};
		},
	};
}
