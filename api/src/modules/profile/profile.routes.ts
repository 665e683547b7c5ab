import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	PersonIdParamsSchema,
	PROFILE_STEP_LABELS,
	PROFILE_STEP_SCHEMAS,
	PROFILE_STEPS,
	ProfileSchema,
	SEEKERS,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';
import { consentsRoutes } from './consents.routes.js';
import { signUpRoutes } from './sign-up.routes.js';

const tags = ['profile'];
const pascal = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/**
 * The seeker's own profile under /me, and the same for staff acting for a seeker (代办) under
 * /people/:personId. Each step has its own PUT, so each body has its own schema.
 */
export const profileRoutes: FastifyPluginAsyncZod = async (app) => {
	const { profile } = app.services;

	app.get(
		'/me/profile',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'getMyProfile',
				summary: '我的求职资料（各步骤的内容和是否填完；证件号码已打码）',
				response: { 200: ProfileSchema },
			},
		},
		(req) => profile.get(signedIn(req)),
	);

	app.get(
		'/people/:personId/profile',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getPersonProfile',
				summary: '工作人员代办：查看一位求职者的求职资料',
				params: PersonIdParamsSchema,
				response: { 200: ProfileSchema },
			},
		},
		(req) => profile.view(signedIn(req), req.params.personId, auditMeta(req)),
	);

	for (const step of PROFILE_STEPS) {
		app.put(
			`/me/profile/${step}`,
			{
				config: { access: SEEKERS },
				schema: {
					tags,
					operationId: `updateMyProfile${pascal(step)}`,
					summary: `保存我的求职资料：${PROFILE_STEP_LABELS[step]}`,
					body: PROFILE_STEP_SCHEMAS[step],
					response: { 200: ProfileSchema },
				},
			},
			(req) => profile.save(signedIn(req), undefined, step, req.body, auditMeta(req)),
		);

		app.put(
			`/people/:personId/profile/${step}`,
			{
				config: { access: STAFF },
				schema: {
					tags,
					operationId: `updatePersonProfile${pascal(step)}`,
					summary: `工作人员代办：保存求职资料的“${PROFILE_STEP_LABELS[step]}”（记入审计日志）`,
					params: PersonIdParamsSchema,
					body: PROFILE_STEP_SCHEMAS[step],
					response: { 200: ProfileSchema },
				},
			},
			(req) => profile.save(signedIn(req), req.params.personId, step, req.body, auditMeta(req)),
		);
	}

	await app.register(consentsRoutes);
	await app.register(signUpRoutes);
};
