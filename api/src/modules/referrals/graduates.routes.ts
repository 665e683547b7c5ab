import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	GraduateFieldsSchema,
	GraduateInputSchema,
	GraduateListQuerySchema,
	GraduateListSchema,
	GraduateParamsSchema,
	GraduateSchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['graduates'];
// township staff keep their own township's graduates; the county everyone
const config = { access: STAFF };
const schema = (operationId: string, summary: string) => ({ tags, operationId, summary });

/** 残疾人大学生 (issue 15 §3): the priority list by graduation year. */
export const graduatesRoutes: FastifyPluginAsyncZod = async (app) => {
	const { graduates } = app.services;
	app.get(
		'/',
		{
			config,
			schema: {
				...schema(
					'listGraduates',
					'残疾人大学生名单：按毕业年份（新的在前），同一年里未就业的在前',
				),
				querystring: GraduateListQuerySchema,
				response: { 200: GraduateListSchema },
			},
		},
		(req) => graduates.list(signedIn(req), req.query),
	);
	app.post(
		'/',
		{
			config,
			schema: {
				...schema('createGraduate', '把一位残疾人登记到大学生名单（一人一条）'),
				body: GraduateInputSchema,
				response: { 201: GraduateSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await graduates.create(signedIn(req), req.body, auditMeta(req))),
	);
	app.get(
		'/:graduateId',
		{
			config,
			schema: {
				...schema('getGraduate', '大学生名单上的一条'),
				params: GraduateParamsSchema,
				response: { 200: GraduateSchema },
			},
		},
		(req) => graduates.get(signedIn(req), req.params.graduateId),
	);
	app.put(
		'/:graduateId',
		{
			config,
			schema: {
				...schema('updateGraduate', '修改学校、专业、学历或毕业年份'),
				params: GraduateParamsSchema,
				body: GraduateFieldsSchema,
				response: { 200: GraduateSchema },
			},
		},
		(req) => graduates.update(signedIn(req), req.params.graduateId, req.body, auditMeta(req)),
	);
	app.delete(
		'/:graduateId',
		{
			config,
			schema: {
				...schema('deleteGraduate', '从大学生名单删除登记错的一条'),
				params: GraduateParamsSchema,
				response: { 204: z.null().describe('已删除') },
			},
		},
		async (req, reply) => {
			await graduates.remove(signedIn(req), req.params.graduateId, auditMeta(req));
			return reply.code(204).send(null);
		},
	);
};
