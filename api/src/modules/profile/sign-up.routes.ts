import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LoginResultSchema, SignUpBodySchema } from '@ronghe/contracts';
import { auditMeta } from '../audit/audit.meta.js';

export const signUpRoutes: FastifyPluginAsyncZod = async (app) => {
	const { signUp } = app.services;

	app.post(
		'/auth/sign-up',
		{
			// the same per-address limit as sign-in: only failed attempts count
			config: { access: 'public', rateLimit: { max: 20, windowMs: 10 * 60_000 } },
			schema: {
				tags: ['auth'],
				operationId: 'signUp',
				summary: '求职者注册账号（实名、残疾人证、单独同意），成功后直接登录',
				body: SignUpBodySchema,
				response: { 201: LoginResultSchema },
			},
		},
		async (req, reply) => {
			const result = await signUp.signUp(req.body, auditMeta(req));
			return reply.code(201).send(result);
		},
	);
};
