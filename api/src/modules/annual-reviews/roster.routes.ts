import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	DisabledEmployeeBodySchema,
	DisabledEmployeeIdParamsSchema,
	DisabledEmployeeSchema,
	EMPLOYERS,
	QuotaYearParamsSchema,
	RosterSchema,
	UpdateDisabledEmployeeBodySchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['quota'];

/** The employer's own disabled-employee roster and its 年审 submission, under /employer. */
export const rosterRoutes: FastifyPluginAsyncZod = async (app) => {
	const { roster } = app.services;
	const config = { access: EMPLOYERS };
	const one = '/disabled-employees/:employeeId';

	app.get(
		'/quota/:year/employees',
		{
			config,
			schema: {
				tags,
				operationId: 'listOwnDisabledEmployees',
				summary: '本单位某一年的残疾职工名单和年审状态（证号打码）',
				params: QuotaYearParamsSchema,
				response: { 200: RosterSchema },
			},
		},
		(req) => roster.list(signedIn(req), req.params.year),
	);
	app.post(
		'/quota/:year/employees',
		{
			config,
			schema: {
				tags,
				operationId: 'createOwnDisabledEmployee',
				summary: '在某一年的名单里添加一位残疾职工（单位审核通过后才能添加；年审提交后不能改）',
				params: QuotaYearParamsSchema,
				body: DisabledEmployeeBodySchema,
				response: { 201: DisabledEmployeeSchema },
			},
		},
		async (req, reply) => {
			const row = await roster.create(signedIn(req), req.params.year, req.body, auditMeta(req));
			return reply
				.code(201)
				.header('location', `/api/employer${one.replace(':employeeId', row.id)}`)
				.send(row);
		},
	);
	app.get(
		one,
		{
			config,
			schema: {
				tags,
				operationId: 'getOwnDisabledEmployee',
				summary: '名单里的一位残疾职工（证号打码）',
				params: DisabledEmployeeIdParamsSchema,
				response: { 200: DisabledEmployeeSchema },
			},
		},
		(req) => roster.get(signedIn(req), req.params.employeeId),
	);
	app.put(
		one,
		{
			config,
			schema: {
				tags,
				operationId: 'updateOwnDisabledEmployee',
				summary: '修改名单里的一位残疾职工（证号留空就不改；年审提交后不能改）',
				params: DisabledEmployeeIdParamsSchema,
				body: UpdateDisabledEmployeeBodySchema,
				response: { 200: DisabledEmployeeSchema },
			},
		},
		(req) => roster.update(signedIn(req), req.params.employeeId, req.body, auditMeta(req)),
	);
	app.delete(
		one,
		{
			config,
			schema: {
				tags,
				operationId: 'deleteOwnDisabledEmployee',
				summary: '从名单里删除一位残疾职工（年审提交后不能删）',
				params: DisabledEmployeeIdParamsSchema,
				response: { 204: z.null().describe('已删除') },
			},
		},
		async (req, reply) => {
			await roster.remove(signedIn(req), req.params.employeeId, auditMeta(req));
			return reply.code(204).send(null);
		},
	);
	app.post(
		'/quota/:year/review',
		{
			config,
			schema: {
				tags,
				operationId: 'submitOwnAnnualReview',
				summary: '提交某一年的年审（再次提交同一份不会重复）',
				params: QuotaYearParamsSchema,
				response: { 200: RosterSchema },
			},
		},
		(req) => roster.submit(signedIn(req), req.params.year, auditMeta(req)),
	);
};
