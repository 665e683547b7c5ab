import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	PostingIdParamsSchema,
	PostingListQuerySchema,
	PostingListSchema,
	PostingSchema,
} from '@ronghe/contracts';

export const postingsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { postings } = app.services;

	app.get(
		'/',
		{
			config: { access: 'public' },
			schema: {
				tags: ['postings'],
				operationId: 'listPostings',
				summary: '已发布的岗位（分页，可按乡镇和岗位类型筛选）',
				querystring: PostingListQuerySchema,
				response: { 200: PostingListSchema },
			},
		},
		(req) => postings.list(req.query),
	);

	app.get(
		'/:postingId',
		{
			config: { access: 'public' },
			schema: {
				tags: ['postings'],
				operationId: 'getPosting',
				summary: '一个已发布岗位的详情',
				params: PostingIdParamsSchema,
				response: { 200: PostingSchema },
			},
		},
		(req) => postings.get(req.params.postingId),
	);
};
