import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	COUNTY_STAFF,
	EmployerPostingIdParamsSchema,
	EmployerPostingSchema,
	ReturnPostingBodySchema,
	ReviewQueueQuerySchema,
	ReviewQueueSchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['posting-reviews'];
const one = { params: EmployerPostingIdParamsSchema, response: { 200: EmployerPostingSchema } };

/** Bureau review of submitted postings; township staff may read their township's queue. */
export const postingReviewsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { postingReviews: svc } = app.services;

	app.get(
		'/',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listPostingReviews',
				summary: '等待审核的岗位（先提交的排在前面，分页）',
				querystring: ReviewQueueQuerySchema,
				response: { 200: ReviewQueueSchema },
			},
		},
		(req) => svc.queue(signedIn(req), req.query),
	);

	app.get(
		'/:postingId',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getPostingReview',
				summary: '一个待审核岗位的全部内容',
				...one,
			},
		},
		(req) => svc.get(signedIn(req), req.params.postingId),
	);

	app.post(
		'/:postingId/approve',
		{
			config: { access: COUNTY_STAFF },
			schema: { tags, operationId: 'approvePosting', summary: '审核通过并发布', ...one },
		},
		async (req) => {
			const posting = await svc.approve(signedIn(req), req.params.postingId, auditMeta(req));
			// saved-search alerts for the newly published posting; the periodic run catches misses
			app.services.alerts
				.matchNow()
				.catch((err: unknown) => req.log.warn({ err }, 'saved-search matching failed'));
			return posting;
		},
	);

	app.post(
		'/:postingId/return',
		{
			config: { access: COUNTY_STAFF },
			schema: {
				tags,
				operationId: 'returnPosting',
				summary: '退回单位修改（必须写明原因）',
				body: ReturnPostingBodySchema,
				...one,
			},
		},
		(req) => svc.return(signedIn(req), req.params.postingId, req.body, auditMeta(req)),
	);
};
