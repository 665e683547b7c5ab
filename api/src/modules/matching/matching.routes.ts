import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	CandidateMatchListSchema,
	CandidateMatchQuerySchema,
	EMPLOYERS,
	PersonalisationBodySchema,
	PersonIdParamsSchema,
	PostingIdParamsSchema,
	RecommendationCheckSchema,
	RecommendationListSchema,
	RecommendationQuerySchema,
	SEEKERS,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['matching'];

/** Postings recommended to a seeker, with reasons; why one was not; the PIPL art. 24 switch. */
export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
	const { matching } = app.services;

	app.get(
		'/me/recommendations',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'getMyRecommendations',
				summary: '推荐给我的岗位，每个都写明理由和还缺什么（关掉个性化推荐时按发布时间排列）',
				querystring: RecommendationQuerySchema,
				response: { 200: RecommendationListSchema },
			},
		},
		(req) => matching.forSeeker(signedIn(req), req.query.limit),
	);

	app.get(
		'/me/recommendations/:postingId',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'checkMyRecommendation',
				summary: '为什么没有推荐给我：这个岗位被哪些条件排除，或者它的匹配分',
				params: PostingIdParamsSchema,
				response: { 200: RecommendationCheckSchema },
			},
		},
		(req) => matching.check(signedIn(req), req.params.postingId),
	);

	app.put(
		'/me/personalisation',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'setMyPersonalisation',
				summary: '打开或关闭个性化推荐（个人信息保护法第二十四条）',
				body: PersonalisationBodySchema,
				response: { 200: PersonalisationBodySchema },
			},
		},
		(req) => matching.setPersonalisation(signedIn(req), req.body, auditMeta(req)),
	);

	app.get(
		'/people/:personId/recommendations',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getPersonRecommendations',
				summary: '工作人员代办：一位求职者的推荐岗位（查看记入审计日志）',
				params: PersonIdParamsSchema,
				querystring: RecommendationQuerySchema,
				response: { 200: RecommendationListSchema },
			},
		},
		(req) =>
			matching.forPerson(signedIn(req), req.params.personId, req.query.limit, auditMeta(req)),
	);

	app.get(
		'/employer/postings/:postingId/candidates',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'getPostingCandidates',
				summary:
					'本单位一个岗位的推荐人选：只含单位能看到的求职者，理由只用求职者愿意告诉单位的信息',
				params: PostingIdParamsSchema,
				querystring: CandidateMatchQuerySchema,
				response: { 200: CandidateMatchListSchema },
			},
		},
		(req) => matching.candidatesFor(signedIn(req), req.params.postingId, req.query.limit),
	);
};
