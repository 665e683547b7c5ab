import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	BoothDecisionSchema,
	BoothInputSchema,
	BoothParamsSchema,
	BoothResultSchema,
	EMPLOYERS,
	FAIR_ORGANISERS,
	FairParamsSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['fairs'];

/** Booths: an employer applies with its postings and reps; organisers approve or refuse. */
export const boothsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { booths } = app.services;
	app.post(
		'/:fairId/booths',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'applyForBooth',
				summary: '用人单位报名展位（再次提交即修改；未通过的重新等待审核）',
				params: FairParamsSchema,
				body: BoothInputSchema,
				response: { 201: BoothResultSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await booths.apply(signedIn(req), req.params.fairId, req.body)),
	);
	app.post(
		'/:fairId/booths/:boothId/decision',
		{
			config: { access: FAIR_ORGANISERS },
			schema: {
				tags,
				operationId: 'decideBooth',
				summary: '审核展位：通过，或写明原因不通过（单位能看到原因）',
				params: BoothParamsSchema,
				body: BoothDecisionSchema,
				response: { 200: BoothResultSchema },
			},
		},
		(req) =>
			booths.decide(signedIn(req), req.params.fairId, req.params.boothId, req.body, auditMeta(req)),
	);
};
