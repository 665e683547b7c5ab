import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	AddedEmployerUserSchema,
	AddEmployerUserBodySchema,
	COUNTY_STAFF,
	EmployerDetailSchema,
	EmployerIdParamsSchema,
	EmployerListQuerySchema,
	EmployerListSchema,
	EMPLOYERS,
	EmployerSchema,
	EmployerSignUpBodySchema,
	EmployerSignUpResultSchema,
	EmployerUserIdParamsSchema,
	EmployerUserListSchema,
	EmployerUserSchema,
	ReviewEmployerBodySchema,
	STAFF,
	UpdateEmployerBodySchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';

const tags = ['employers'];

export const employersRoutes: FastifyPluginAsyncZod = async (app) => {
	const { employers } = app.services;

	app.post(
		'/sign-up',
		{
			// the same per-address limit as sign-in: only failed attempts count
			config: { access: 'public', rateLimit: { max: 20, windowMs: 10 * 60_000 } },
			schema: {
				tags,
				operationId: 'signUpEmployer',
				summary: '用人单位注册（单位和第一个人事账号），注册后直接登录，等待工作人员审核',
				body: EmployerSignUpBodySchema,
				response: { 200: EmployerSignUpResultSchema, 201: EmployerSignUpResultSchema },
			},
		},
		async (req, reply) => {
			const meta = { userAgent: req.headers['user-agent'] ?? '', requestId: req.id };
			const { result, created } = await employers.signUp(req.body, meta);
			return reply.code(created ? 201 : 200).send(result);
		},
	);

	app.get(
		'/me',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'getOwnEmployer',
				summary: '本单位的资料和审核状态',
				response: { 200: EmployerSchema },
			},
		},
		(req) => employers.getOwn(signedIn(req)),
	);

	app.put(
		'/me',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'updateOwnEmployer',
				summary: '修改本单位资料（已审核单位改名称或信用代码后，需要重新审核）',
				body: UpdateEmployerBodySchema,
				response: { 200: EmployerSchema },
			},
		},
		(req) => employers.updateOwn(signedIn(req), req.body, req.id),
	);

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
			reply.code(201).send(await employers.addUser(signedIn(req), req.body, req.id)),
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
		(req) => employers.disableUser(signedIn(req), req.params.userId, req.id),
	);

	app.get(
		'/',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listEmployers',
				summary: '用人单位名单（等待审核的在前；乡镇工作人员只看本乡镇）',
				querystring: EmployerListQuerySchema,
				response: { 200: EmployerListSchema },
			},
		},
		(req) => employers.list(signedIn(req), req.query),
	);

	app.get(
		'/:employerId',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getEmployer',
				summary: '一个用人单位的资料和人事账号',
				params: EmployerIdParamsSchema,
				response: { 200: EmployerDetailSchema },
			},
		},
		(req) => employers.get(signedIn(req), req.params.employerId),
	);

	app.post(
		'/:employerId/review',
		{
			config: { access: COUNTY_STAFF },
			schema: {
				tags,
				operationId: 'reviewEmployer',
				summary: '审核用人单位：通过或不通过（不通过要写原因）',
				params: EmployerIdParamsSchema,
				body: ReviewEmployerBodySchema,
				response: { 200: EmployerDetailSchema },
			},
		},
		(req) => employers.review(signedIn(req), req.params.employerId, req.body, req.id),
	);
};
