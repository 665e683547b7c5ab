import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditListSchema, AuditQuerySchema, COUNTY_STAFF } from '@ronghe/contracts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
	const { audit } = app.services;
	app.get(
		'/',
		{
			config: { access: COUNTY_STAFF },
			schema: {
				tags: ['audit'],
				operationId: 'listAuditEntries',
				summary: '审计日志：谁在什么时候对哪条记录做了什么（可筛选）',
				querystring: AuditQuerySchema,
				response: { 200: AuditListSchema },
			},
		},
		(req) => audit.list(req.query),
	);
};
