import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetriedSchema, SEARCH_OPERATORS, SearchStatusSchema } from '@ronghe/contracts';

const tags = ['search'];
const access = SEARCH_OPERATORS;

/** Search index sync status for staff, under /api/search. */
export const searchSyncRoutes: FastifyPluginAsyncZod = async (app) => {
	const { searchSync } = app.services;

	app.get(
		'/status',
		{
			config: { access },
			schema: {
				tags,
				operationId: 'getSearchStatus',
				summary: '搜索同步状态：等待的项目、失败的项目和最近一次成功同步的时间',
				response: { 200: SearchStatusSchema },
			},
		},
		() => searchSync.status(),
	);

	app.post(
		'/retry-failed',
		{
			config: { access },
			schema: {
				tags,
				operationId: 'retrySearchFailures',
				summary: '马上重试同步失败的项目（不再等待退避时间）',
				response: { 200: RetriedSchema },
			},
		},
		() => searchSync.retryFailed(),
	);
};
