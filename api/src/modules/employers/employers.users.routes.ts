import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	AddedEmployerUserSchema,
	AddEmployerUserBodySchema,
	EMPLOYERS,
	EmployerUserIdParamsSchema,
	EmployerUserListSchema,
	EmployerUserSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['employers'];

/** An employer's own HR accounts (/employers/me/users), registered by employers.routes.ts. */
export const employerUsersRoutes: FastifyPluginAsyncZod = async (app) => {
	const { employers } = app.services;

	app.get(
		'/me/users',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'listOwnEmployerUsers',
				summary: '本单位的人事账号',
				response: { 200: EmployerUserListSchema },
			},
		},
		(req) => employers.listUsers(signedIn(req)),
	);

	app.post(
		'/me/users',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'addOwnEmployerUser',
				summary: '给本单位添加人事账号（返回临时密码，第一次登录时要改）',
				body: AddEmployerUserBodySchema,
				response: { 201: AddedEmployerUserSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await employers.addUser(signedIn(req), req.body, auditMeta(req))),
	);

	app.post(
		'/me/users/:userId/disable',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'disableOwnEmployerUser',
				summary: '停用本单位的一个人事账号',
				params: EmployerUserIdParamsSchema,
				response: { 200: EmployerUserSchema },
			},
		},
		(req) => employers.disableUser(signedIn(req), req.params.userId, auditMeta(req)),
	);
};
