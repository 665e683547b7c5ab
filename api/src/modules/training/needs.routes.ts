import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	PersonIdParamsSchema,
	PersonTrainingNeedParamsSchema,
	STAFF,
	TrainingNeedInputSchema,
	TrainingNeedListSchema,
	TrainingNeedOverviewSchema,
	TrainingNeedQuerySchema,
	TrainingNeedSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['training'];
const person = '/people/:personId/training-needs';

/** 培训需求 (issue 15 §1, docs/training.md): recorded by staff, met by a completed course. */
export const trainingNeedsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { trainingNeeds } = app.services;
	app.get(
		person,
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listPersonTrainingNeeds',
				summary:
					'一位求职者的培训需求（想学什么、为什么、是否已由结业满足）；乡镇工作人员只看本乡镇的人',
				params: PersonIdParamsSchema,
				response: { 200: TrainingNeedListSchema },
			},
		},
		(req) => trainingNeeds.forPerson(signedIn(req), req.params.personId),
	);
	app.post(
		person,
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'recordTrainingNeed',
				summary: '登记一位求职者的培训需求（记入审计日志）；他已经在这一行结业的，马上算作已满足',
				params: PersonIdParamsSchema,
				body: TrainingNeedInputSchema,
				response: { 201: TrainingNeedSchema },
			},
		},
		async (req, reply) => {
			const { personId } = req.params;
			const need = await trainingNeeds.record(signedIn(req), personId, req.body, auditMeta(req));
			return reply.code(201).send(need);
		},
	);
	app.delete(
		`${person}/:needId`,
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'removeTrainingNeed',
				summary: '删除登记错的培训需求（只能删还没满足的；记入审计日志）',
				params: PersonTrainingNeedParamsSchema,
				response: { 204: z.null().describe('已删除') },
			},
		},
		async (req, reply) => {
			const { personId, needId } = req.params;
			await trainingNeeds.remove(signedIn(req), personId, needId, auditMeta(req));
			return reply.code(204).send(null);
		},
	);
	app.get(
		'/training-needs',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listTrainingNeeds',
				summary:
					'各人的培训需求（按乡镇、职业、是否满足筛选），和每个职业还有多少人想学；乡镇工作人员只看本乡镇',
				querystring: TrainingNeedQuerySchema,
				response: { 200: TrainingNeedOverviewSchema },
			},
		},
		(req) => trainingNeeds.overview(signedIn(req), req.query),
	);
};
