import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { TownshipListSchema } from '@ronghe/contracts';

export const townshipsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { townships } = app.services;
	app.get(
		'/',
		{
			config: { access: 'public' },
			schema: {
				tags: ['townships'],
				operationId: 'listTownships',
				summary: '全部乡镇（含五台山风景名胜区管理的三个乡镇）',
				response: { 200: TownshipListSchema },
			},
		},
		() => townships.list(),
	);
};
