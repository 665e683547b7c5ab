import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	PlacementCandidateListSchema,
	PlacementCandidateQuerySchema,
	PlacementEndInputSchema,
	PlacementInputSchema,
	PlacementListQuerySchema,
	PlacementListSchema,
	PlacementParamsSchema,
	PlacementSchema,
	PlacementTermQuerySchema,
	PlacementTermSchema,
	STAFF,
	SubsidyInputSchema,
	SubsidyParamsSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['public-welfare'];
// township staff place their own township's people; the county everyone
const config = { access: STAFF };
const schema = (operationId: string, summary: string) => ({ tags, operationId, summary });

/** 公益性岗位 placements (issue 15 §4, docs/public-welfare.md). */
export const placementsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { placements } = app.services;
	app.get(
		'/placements',
		{
			config,
			schema: {
				...schema(
					'listPlacements',
					'公益性岗位安置：在岗（按期满日期）、快到期（在规则设置的提醒天数内，默认 60 天）、已结束',
				),
				querystring: PlacementListQuerySchema,
				response: { 200: PlacementListSchema },
			},
		},
		(req) => placements.list(req.query, signedIn(req)),
	);
	app.get(
		'/candidates',
		{
			config,
			schema: {
				...schema(
					'listPlacementCandidates',
					'可以安置的人：没有工作的残疾人在前（有优先身份的更前），再是想找工作的家庭成员',
				),
				querystring: PlacementCandidateQuerySchema,
				response: { 200: PlacementCandidateListSchema },
			},
		},
		(req) => placements.candidates(signedIn(req), req.query),
	);
	app.get(
		'/term',
		{
			config,
			schema: {
				...schema(
					'getPlacementTerm',
					'一个人从某天上岗，最晚可以到哪天（最长 3 年；离退休不到 5 年的可到退休）',
				),
				querystring: PlacementTermQuerySchema,
				response: { 200: PlacementTermSchema },
			},
		},
		(req) => placements.term(signedIn(req), req.query),
	);
	app.post(
		'/placements',
		{
			config,
			schema: {
				...schema('createPlacement', '安置一个人（残疾人本人或家庭成员）到公益性岗位'),
				body: PlacementInputSchema,
				response: { 201: PlacementSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await placements.create(signedIn(req), req.body, auditMeta(req))),
	);
	app.get(
		'/placements/:placementId',
		{
			config,
			schema: {
				...schema('getPlacement', '一个安置和它的月度补贴台账'),
				params: PlacementParamsSchema,
				response: { 200: PlacementSchema },
			},
		},
		(req) => placements.get(signedIn(req), req.params.placementId),
	);
	app.put(
		'/placements/:placementId/subsidies/:month',
		{
			config,
			schema: {
				...schema(
					'setPlacementSubsidy',
					'登记某个月的岗位补贴和社会保险补贴（元）；再提交一次就是更正',
				),
				params: SubsidyParamsSchema,
				body: SubsidyInputSchema,
				response: { 200: PlacementSchema },
			},
		},
		(req) =>
			placements.subsidy(
				signedIn(req),
				req.params.placementId,
				req.params.month,
				req.body,
				auditMeta(req),
			),
	);
	app.post(
		'/placements/:placementId/end',
		{
			config,
			schema: {
				...schema('endPlacement', '安置结束（离岗）：日期和原因'),
				params: PlacementParamsSchema,
				body: PlacementEndInputSchema,
				response: { 200: PlacementSchema },
			},
		},
		(req) => placements.end(signedIn(req), req.params.placementId, req.body, auditMeta(req)),
	);
};
