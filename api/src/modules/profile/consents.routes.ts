import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConsentKindParamsSchema, ConsentListSchema, SEEKERS } from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['consents'];

export const consentsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { consents } = app.services;

	app.get(
		'/me/consents',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'listMyConsents',
				summary: '我给过的同意：内容、版本、同意和撤回的时间',
				response: { 200: ConsentListSchema },
			},
		},
		(req) => consents.list(signedIn(req)),
	);

	app.post(
		'/me/consents/:kind',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'grantMyConsent',
				summary: '同意（已经同意的再按一次不会变）',
				params: ConsentKindParamsSchema,
				response: { 200: ConsentListSchema },
			},
		},
		(req) => consents.grant(signedIn(req), req.params.kind, auditMeta(req)),
	);

	app.post(
		'/me/consents/:kind/withdraw',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'withdrawMyConsent',
				summary: '撤回同意（马上生效；撤回残疾信息同意时，给用人单位看的同意也一起撤回）',
				params: ConsentKindParamsSchema,
				response: { 200: ConsentListSchema },
			},
		},
		(req) => consents.withdraw(signedIn(req), req.params.kind, auditMeta(req)),
	);
};
