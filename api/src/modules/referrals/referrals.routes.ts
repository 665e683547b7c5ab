import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	PersonReferralListSchema,
	PersonReferralParamsSchema,
	ReferralInputSchema,
	ReferralListQuerySchema,
	ReferralListSchema,
	ReferralParamsSchema,
	ReferralSchema,
	ReferralUpdateInputSchema,
	ReferralUpdateResultSchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['referrals'];
// township staff refer their own township's people; the county everyone
const config = { access: STAFF };
const schema = (operationId: string, summary: string) => ({ tags, operationId, summary });

/** 转介 (issue 15 §3): referrals to an employer, a course or a service, to an outcome. */
export const referralsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { referrals } = app.services;
	app.get(
		'/referrals',
		{
			config,
			schema: {
				...schema('listReferrals', '转介名单：进行中（等得最久的在前）、已结束、全部'),
				querystring: ReferralListQuerySchema,
				response: { 200: ReferralListSchema },
			},
		},
		(req) => referrals.list(signedIn(req), req.query),
	);
	app.post(
		'/referrals',
		{
			config,
			schema: {
				...schema('createReferral', '把一位残疾人转介到用人单位、培训课程或服务'),
				body: ReferralInputSchema,
				response: { 201: ReferralSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await referrals.create(signedIn(req), req.body, auditMeta(req))),
	);
	app.get(
		'/referrals/:referralId',
		{
			config,
			schema: {
				...schema('getReferral', '一个转介和它的全部进展记录'),
				params: ReferralParamsSchema,
				response: { 200: ReferralSchema },
			},
		},
		(req) => referrals.get(signedIn(req), req.params.referralId),
	);
	app.post(
		'/referrals/:referralId/updates',
		{
			config,
			schema: {
				...schema(
					'addReferralUpdate',
					'记录转介的进展或结果；成功、没有接受、撤回以后转介就结束了',
				),
				params: ReferralParamsSchema,
				body: ReferralUpdateInputSchema,
				response: { 200: ReferralUpdateResultSchema },
			},
		},
		(req) => referrals.update(signedIn(req), req.params.referralId, req.body, auditMeta(req)),
	);
	app.get(
		'/people/:personId/referrals',
		{
			config,
			schema: {
				...schema('listPersonReferrals', '一个人的全部转介，新的在前'),
				params: PersonReferralParamsSchema,
				response: { 200: PersonReferralListSchema },
			},
		},
		(req) => referrals.forPerson(signedIn(req), req.params.personId),
	);
};
