import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	EmployerQuotaSchema,
	EMPLOYERS,
	QuotaWhatIfBodySchema,
	QuotaWhatIfSchema,
	QuotaYearParamsSchema,
	SaveQuotaYearBodySchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';

/** The employer's own quota dashboard; signed in as an employer, the access rule guarantees it. */
export const employerQuotaRoutes: FastifyPluginAsyncZod = async (app) => {
	const { employerQuota } = app.services;
	const config = { access: EMPLOYERS };
	app.get(
		'/:year',
		{
			config,
			schema: {
				tags: ['quota'],
				operationId: 'getEmployerQuota',
				summary: '本单位某一年的按比例就业情况和保障金（每一步都有说明）',
				params: QuotaYearParamsSchema,
				response: { 200: EmployerQuotaSchema },
			},
		},
		(req) => employerQuota.get(signedIn(req), req.params.year),
	);
	app.put(
		'/:year',
		{
			config,
			schema: {
				tags: ['quota'],
				operationId: 'saveEmployerQuotaYear',
				summary: '保存本单位某一年的每月职工人数（或平均人数）和工资总额',
				params: QuotaYearParamsSchema,
				body: SaveQuotaYearBodySchema,
				response: { 200: EmployerQuotaSchema },
			},
		},
		(req) => employerQuota.save(signedIn(req), req.params.year, req.body),
	);
	app.post(
		'/:year/what-if',
		{
			config,
			schema: {
				tags: ['quota'],
				operationId: 'employerQuotaWhatIf',
				summary: '如果再招一位残疾人：还差几人、保障金多少',
				params: QuotaYearParamsSchema,
				body: QuotaWhatIfBodySchema,
				response: { 200: QuotaWhatIfSchema },
			},
		},
		(req) => employerQuota.whatIf(signedIn(req), req.params.year, req.body),
	);
};
