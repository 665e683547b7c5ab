import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COUNTY_STAFF, MassageRulesSchema, MassageRulesViewSchema, STAFF } from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['massage'];

/** The blind-massage thresholds: every staff member reads them, county staff change them. */
export const massageRulesRoutes: FastifyPluginAsyncZod = async (app) => {
	const { massageRules } = app.services;
	app.get(
		'/rules',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getMassageRules',
				summary: '盲人按摩规则：现在用的、默认的，以及谁最后修改',
				response: { 200: MassageRulesViewSchema },
			},
		},
		() => massageRules.get(),
	);
	app.put(
		'/rules',
		{
			config: { access: COUNTY_STAFF },
			schema: {
				tags,
				operationId: 'saveMassageRules',
				summary:
					'修改盲人按摩规则：按摩所最小面积和床位、执业年限、每年继续教育学时（记入审计日志）',
				body: MassageRulesSchema,
				response: { 200: MassageRulesViewSchema },
			},
		},
		(req) => massageRules.save(signedIn(req), req.body, auditMeta(req)),
	);
};
