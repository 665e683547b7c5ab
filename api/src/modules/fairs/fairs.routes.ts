import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FairListSchema } from '@ronghe/contracts';

export const fairsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { fairs } = app.services;
	app.get(
		'/',
		{
			config: { access: 'public' },
			schema: {
				tags: ['fairs'],
				operationId: 'listFairs',
				summary: '专场招聘会：正在进行和即将开始的在前',
				response: { 200: FairListSchema },
			},
		},
		() => fairs.list(),
	);
};
