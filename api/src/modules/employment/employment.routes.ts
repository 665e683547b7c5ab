import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	EmploymentHistorySchema,
	EmploymentRecordInputSchema,
	PersonIdParamsSchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['employment'];
const config = { access: STAFF };

/** 实名制 employment records (issue 15 §2): a person's history, and a change recorded by staff. */
export const employmentRoutes: FastifyPluginAsyncZod = async (app) => {
	const { employment } = app.services;
	app.get(
		'/:personId/employment',
		{
			config,
			schema: {
				tags,
				operationId: 'getEmploymentHistory',
				summary: '一个人的就业情况和全部变化记录（新的在前）；乡镇工作人员只看本乡镇的人',
				params: PersonIdParamsSchema,
				response: { 200: EmploymentHistorySchema },
			},
		},
		(req) => employment.history(signedIn(req), req.params.personId),
	);
	app.post(
		'/:personId/employment',
		{
			config,
			schema: {
				tags,
				operationId: 'recordEmployment',
				summary: '登记就业情况的变化（新加一条记录，以前的记录都保留）',
				params: PersonIdParamsSchema,
				body: EmploymentRecordInputSchema,
				response: { 201: EmploymentHistorySchema },
			},
		},
		async (req, reply) => {
			const history = await employment.record(
				signedIn(req),
				req.params.personId,
				req.body,
				auditMeta(req),
			);
			return reply.code(201).send(history);
		},
	);
};
