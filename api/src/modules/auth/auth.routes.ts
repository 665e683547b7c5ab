import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	ChangePasswordBodySchema,
	CurrentUserSchema,
	LoginBodySchema,
	LoginResultSchema,
	PasswordResetResultSchema,
	SignedOutSchema,
	STAFF,
	UserIdParamsSchema,
} from '@ronghe/contracts';
import { currentSession, signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['auth'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
	const { auth } = app.services;

	app.post(
		'/auth/login',
		{
			config: { access: 'public', rateLimit: { max: 20, windowMs: 10 * 60_000 } },
			schema: {
				tags,
				operationId: 'login',
				summary: '用手机号和密码登录',
				body: LoginBodySchema,
				response: { 200: LoginResultSchema },
			},
		},
		(req) => auth.login(req.body.phone, req.body.password, auditMeta(req)),
	);

	app.get(
		'/auth/me',
		{
			config: { access: 'signed-in', beforePasswordChange: true },
			schema: {
				tags,
				operationId: 'getCurrentUser',
				summary: '当前登录的账户',
				response: { 200: CurrentUserSchema },
			},
		},
		(req) => auth.currentUser(signedIn(req)),
	);

	app.post(
		'/auth/logout',
		{
			config: { access: 'signed-in', beforePasswordChange: true },
			schema: {
				tags,
				operationId: 'logout',
				summary: '退出登录（本设备）',
				response: { 200: SignedOutSchema },
			},
		},
		(req) => auth.logout(currentSession(req).tokenHash),
	);

	app.post(
		'/auth/logout-all',
		{
			config: { access: 'signed-in', beforePasswordChange: true },
			schema: {
				tags,
				operationId: 'logoutEverywhere',
				summary: '在所有设备上退出',
				response: { 200: SignedOutSchema },
			},
		},
		(req) => auth.logoutAll(signedIn(req)),
	);

	app.post(
		'/auth/password',
		{
			config: { access: 'signed-in', beforePasswordChange: true },
			schema: {
				tags,
				operationId: 'changePassword',
				summary: '修改自己的密码（其他设备会退出）',
				body: ChangePasswordBodySchema,
				response: { 200: SignedOutSchema },
			},
		},
		(req) => {
			const { user, tokenHash } = currentSession(req);
			return auth.changePassword(user, tokenHash, req.body);
		},
	);

	app.post(
		'/users/:userId/password-reset',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'resetPassword',
				summary: '工作人员重置账户密码（返回一次性临时密码）',
				params: UserIdParamsSchema,
				response: { 200: PasswordResetResultSchema },
			},
		},
		(req) => auth.resetPassword(signedIn(req), req.params.userId, auditMeta(req)),
	);
};
