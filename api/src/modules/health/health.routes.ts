import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema } from '@ronghe/contracts';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
	const { health } = app.services;
	app.get(
		'/health',
		{
			config: { access: 'public' },
			schema: {
				tags: ['health'],
				operationId: 'getHealth',
				summary: '服务状态：数据库与搜索是否可用',
				response: { 200: HealthSchema, 503: HealthSchema },
			},
		},
		async (_req, reply) => {
			const result = await health.check();
			return reply.code(result.db === 'ok' ? 200 : 503).send(result);
		},
	);
};
