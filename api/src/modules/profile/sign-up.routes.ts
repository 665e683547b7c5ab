import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	ClaimCodeBodySchema,
	ClaimLinkedSchema,
	LoginResultSchema,
	PersonClaimListSchema,
	PersonClaimParamsSchema,
	PersonIdParamsSchema,
	SEEKERS,
	SignUpBodySchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

export const signUpRoutes: FastifyPluginAsyncZod = async (app) => {
	const { signUp, claims } = app.services;

	app.post(
		'/auth/sign-up',
		{
			// the same per-address limit as sign-in: only failed attempts count
			config: { access: 'public', rateLimit: { max: 20, windowMs: 10 * 60_000 } },
			schema: {
				tags: ['auth'],
				operationId: 'signUp',
				summary:
					'求职者注册账号（实名、残疾人证、单独同意），成功后直接登录；已登记的人凭验证码或乡镇确认关联登记信息',
				body: SignUpBodySchema,
				response: { 201: LoginResultSchema },
			},
		},
		async (req, reply) => {
			const result = await signUp.signUp(req.body, auditMeta(req));
			return reply.code(201).send(result);
		},
	);

	app.post(
		'/auth/sign-up/claim',
		{
			// per address, every attempt: the code's own limit is per account (5 tries)
			config: {
				access: SEEKERS,
				rateLimit: { max: 20, windowMs: 10 * 60_000, everyAttempt: true },
			},
			schema: {
				tags: ['auth'],
				operationId: 'confirmSignUpClaim',
				summary: '输入发到登记手机号的验证码，把账号关联到残联登记信息',
				body: ClaimCodeBodySchema,
				response: { 200: ClaimLinkedSchema },
			},
		},
		(req) => claims.confirmByCode(signedIn(req), req.body, req.id),
	);

	app.get(
		'/people/:personId/claims',
		{
			config: { access: STAFF },
			schema: {
				tags: ['people'],
				operationId: 'listPersonClaims',
				summary: '等待工作人员核对证件、关联到这个人的新注册账号',
				params: PersonIdParamsSchema,
				response: { 200: PersonClaimListSchema },
			},
		},
		(req) => claims.listForPerson(signedIn(req), req.params.personId),
	);

	app.post(
		'/people/:personId/claims/:claimId/confirm',
		{
			config: { access: STAFF },
			schema: {
				tags: ['people'],
				operationId: 'confirmPersonClaim',
				summary: '工作人员核对身份证和残疾人证后，把新注册的账号关联到登记信息',
				params: PersonClaimParamsSchema,
				response: { 200: ClaimLinkedSchema },
			},
		},
		(req) => claims.confirmByStaff(signedIn(req), req.params.personId, req.params.claimId, req.id),
	);
};
