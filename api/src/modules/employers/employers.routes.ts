import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	COUNTY_STAFF,
	EmployerDetailSchema,
	EmployerIdParamsSchema,
	EmployerListQuerySchema,
	EmployerListSchema,
	EMPLOYERS,
	EmployerSchema,
	EmployerSignUpBodySchema,
	EmployerSignUpResultSchema,
	ReviewEmployerBodySchema,
	STAFF,
	UpdateEmployerBodySchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';
import { employerUsersRoutes } from './employers.users.routes.js';

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
			const meta = auditMeta(req);
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
		(req) => employers.updateOwn(signedIn(req), req.body, auditMeta(req)),
	);

	await app.register(employerUsersRoutes);

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
		(req) => employers.review(signedIn(req), req.params.employerId, req.body, auditMeta(req)),
	);
};
