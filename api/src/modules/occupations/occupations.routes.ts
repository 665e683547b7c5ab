import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	COUNTY_STAFF,
	CreateOccupationBodySchema,
	OccupationBodySchema,
	OccupationCodeParamsSchema,
	OccupationListSchema,
	OccupationSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['occupations'];

export const occupationsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { occupations } = app.services;

	app.get(
		'/',
		{
			config: { access: 'public' },
			schema: {
				tags,
				operationId: 'listOccupations',
				summary: '职业分类大典里的职业（岗位选择职业用）',
				response: { 200: OccupationListSchema },
			},
		},
		() => occupations.list(),
	);

	app.post(
		'/',
		{
			config: { access: COUNTY_STAFF },
			schema: {
				tags,
				operationId: 'createOccupation',
				summary: '添加职业',
				body: CreateOccupationBodySchema,
				response: { 201: OccupationSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await occupations.create(signedIn(req), req.body, auditMeta(req))),
	);

	app.put(
		'/:code',
		{
			config: { access: COUNTY_STAFF },
			schema: {
				tags,
				operationId: 'updateOccupation',
				summary: '修改职业名称、别名和标记',
				params: OccupationCodeParamsSchema,
				body: OccupationBodySchema,
				response: { 200: OccupationSchema },
			},
		},
		(req) => occupations.update(signedIn(req), req.params.code, req.body, auditMeta(req)),
	);
};
