import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	PersonIdParamsSchema,
	PersonSupportSchema,
	SelfEmployedListSchema,
	SelfEmployedQuerySchema,
	STAFF,
	SupportInputSchema,
	SupportParamsSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['self-employment'];
// township staff reach only their own township's people (the service checks)
const config = { access: STAFF };

/** 自主创业 and 居家就业 with the support given (issue 15 §6). */
export const selfEmploymentRoutes: FastifyPluginAsyncZod = async (app) => {
	const { selfEmployment } = app.services;
	app.get(
		'/self-employment',
		{
			config,
			schema: {
				tags,
				operationId: 'listSelfEmployed',
				summary: '现在自主创业或灵活就业（居家）的人，和给他们的扶持；乡镇工作人员只看本乡镇',
				querystring: SelfEmployedQuerySchema,
				response: { 200: SelfEmployedListSchema },
			},
		},
		(req) => selfEmployment.list(signedIn(req), req.query),
	);
	app.get(
		'/people/:personId/self-employment-support',
		{
			config,
			schema: {
				tags,
				operationId: 'getSelfEmploymentSupport',
				summary: '一个人得到的创业扶持（贷款、补贴、孵化基地等），和现在的创业情况',
				params: PersonIdParamsSchema,
				response: { 200: PersonSupportSchema },
			},
		},
		(req) => selfEmployment.support(signedIn(req), req.params.personId),
	);
	app.post(
		'/people/:personId/self-employment-support',
		{
			config,
			schema: {
				tags,
				operationId: 'addSelfEmploymentSupport',
				summary: '登记一项创业扶持（记入审计日志）',
				params: PersonIdParamsSchema,
				body: SupportInputSchema,
				response: { 201: PersonSupportSchema },
			},
		},
		async (req, reply) => {
			const user = signedIn(req);
			const saved = await selfEmployment.add(user, req.params.personId, req.body, auditMeta(req));
			return reply.code(201).send(saved);
		},
	);
	app.delete(
		'/people/:personId/self-employment-support/:supportId',
		{
			config,
			schema: {
				tags,
				operationId: 'removeSelfEmploymentSupport',
				summary: '删除登记错的一项创业扶持（记入审计日志）',
				params: SupportParamsSchema,
				response: { 204: z.null().describe('已删除') },
			},
		},
		async (req, reply) => {
			const { personId, supportId } = req.params;
			await selfEmployment.remove(signedIn(req), personId, supportId, auditMeta(req));
			return reply.code(204).send(null);
		},
	);
};
