import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ValidateBodySchema, validateIdentifier, ValidateResultSchema } from '@ronghe/contracts';

/** Public identifier check: answers 200 with the verdict; 400 only for a malformed body. */
export const validateRoutes: FastifyPluginAsyncZod = async (app) => {
	app.post(
		'/validate',
		{
			config: { access: 'public' },
			schema: {
				tags: ['validate'],
				operationId: 'validateIdentifier',
				summary: '检查身份证号码、残疾人证号或统一社会信用代码',
				body: ValidateBodySchema,
				response: { 200: ValidateResultSchema },
			},
		},
		(req) => validateIdentifier(req.body.kind, req.body.value),
	);
};
