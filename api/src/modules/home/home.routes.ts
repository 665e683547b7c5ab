import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	EmployerHomeSchema,
	EMPLOYERS,
	SeekerHomeSchema,
	SEEKERS,
	STAFF,
	StaffHomeSchema,
} from '@ronghe/contracts';
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
	app.get(
		'/seeker',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'getSeekerHome',
				summary: '求职者首页：资料填了几步、推荐岗位、投递和邀请、下一场招聘会',
				response: { 200: SeekerHomeSchema },
			},
		},
		(req) => home.seeker(signedIn(req)),
	);
};
