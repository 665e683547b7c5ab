import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EmployerHomeSchema, EMPLOYERS, STAFF, StaffHomeSchema } from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';

const tags = ['home'];

/** The home page of each role after signing in: what waits for them, with counts. */
export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
	const { home } = app.services;

	app.get(
		'/staff',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getStaffHome',
				summary: '工作人员首页：等待处理的岗位审核、单位审核、年审和异议（乡镇只看本乡镇）',
				response: { 200: StaffHomeSchema },
			},
		},
		(req) => home.staff(signedIn(req)),
	);

	app.get(
		'/employer',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags,
				operationId: 'getEmployerHome',
				summary: '用人单位首页：岗位审核进度、可以查看的求职者、上一年的按比例就业情况',
				response: { 200: EmployerHomeSchema },
			},
		},
		(req) => home.employer(signedIn(req)),
	);
};
