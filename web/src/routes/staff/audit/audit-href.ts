import type { AuditQuery } from '@ronghe/contracts';

const KEYS = ['action', 'entity', 'entityId', 'actorUserId', 'from', 'to'] as const;

/** The address of one page of the audit log, leaving out empty conditions. */
export function auditHref(
	query: Partial<AuditQuery>,
	page: number,
): '/staff/audit' | `/staff/audit?${string}` {
	const p = new URLSearchParams();
	for (const key of KEYS) if (query[key]) p.set(key, String(query[key]));
	if (page > 1) p.set('page', String(page));
	const search = p.toString();
	return search ? `/staff/audit?${search}` : '/staff/audit';
}
