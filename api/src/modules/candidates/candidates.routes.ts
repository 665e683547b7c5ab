import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	CandidateListQuerySchema,
	CandidateListSchema,
	CandidateParamsSchema,
	CandidateSchema,
	EMPLOYERS,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['candidates'];

export const candidatesRoutes: FastifyPluginAsyncZod = async (app) => {
	const { candidates } = app.services;

	app.get(
		'/',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'listCandidates',
				summary: '用人单位能看到的求职者：投递或接受邀请的，以及本人同意公开简介的',
				querystring: CandidateListQuerySchema,
				response: { 200: CandidateListSchema },
			},
		},
		(req) => candidates.list(signedIn(req), req.query),
	);

	app.get(
		'/:personId',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'getCandidate',
				summary: '一位求职者的资料（按本人的公开设置；每次查看记入审计日志）',
				params: CandidateParamsSchema,
				response: { 200: CandidateSchema },
			},
		},
		(req) => candidates.get(signedIn(req), req.params.personId, auditMeta(req)),
	);
};
