import type { FastifyRequest } from 'fastify';
import type { AuditMeta } from './audit.writer.js';

/**
 * Where a request came from, for the audit log: the server's request id, the client's address
 * (through the trusted proxies only, see `trustProxy` in app.ts) and its user agent. Routes pass
 * it on to the services that write audit entries.
 */
export function auditMeta(req: FastifyRequest): AuditMeta {
	return { requestId: req.id, ip: req.ip, userAgent: req.headers['user-agent'] ?? '' };
}
