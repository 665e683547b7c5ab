import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LevyEstimateBodySchema, LevyEstimateSchema, LevyRuleYearsSchema } from '@ronghe/contracts';

/** Public levy estimator (按比例就业 / 残保金). */
export const levyRoutes: FastifyPluginAsyncZod = async (app) => {
	const { levy } = app.services;
	app.post(
		'/levy-estimate',
		{
			config: { access: 'public' },
			schema: {
				tags: ['quota'],
				operationId: 'estimateLevy',
				summary: '估算残疾人就业保障金，每一步都有说明',
				body: LevyEstimateBodySchema,
				response: { 200: LevyEstimateSchema },
			},
		},
		(req) => levy.estimate(req.body),
	);
	app.get(
		'/levy-rules',
		{
			config: { access: 'public' },
			schema: {
				tags: ['quota'],
				operationId: 'listLevyRuleYears',
				summary: '有保障金规则的征收年度',
				response: { 200: LevyRuleYearsSchema },
			},
		},
		() => levy.ruleYears(),
	);
};
