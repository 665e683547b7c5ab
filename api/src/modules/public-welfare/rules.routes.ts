import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	COUNTY_STAFF,
	PublicWelfareRulesSchema,
	PublicWelfareRulesViewSchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['public-welfare'];

/** The 公益性岗位 rules: every staff member reads them, county staff change them. */
export const publicWelfareRulesRoutes: FastifyPluginAsyncZod = async (app) => {
	const { publicWelfareRules } = app.services;
	app.get(
		'/rules',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getPublicWelfareRules',
				summary: '公益性岗位规则：现在用的、默认的，以及谁最后修改',
				response: { 200: PublicWelfareRulesViewSchema },
			},
		},
		() => publicWelfareRules.get(),
	);
	app.put(
		'/rules',
		{
			config: { access: COUNTY_STAFF },
			schema: {
				tags,
				operationId: 'savePublicWelfareRules',
				summary:
					'修改公益性岗位规则：最长年限、干到退休的年限、安置次数、女性原退休年龄、到期提醒天数（记入审计日志）',
				body: PublicWelfareRulesSchema,
				response: { 200: PublicWelfareRulesViewSchema },
			},
		},
		(req) => publicWelfareRules.save(signedIn(req), req.body, auditMeta(req)),
	);
};
