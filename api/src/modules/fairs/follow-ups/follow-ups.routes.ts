import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	FAIR_ORGANISERS,
	FairParamsSchema,
	FollowUpInputSchema,
	FollowUpListQuerySchema,
	FollowUpListSchema,
	FollowUpParamsSchema,
	FollowUpRecordedSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../../plugins/auth.js';
import { auditMeta } from '../../audit/audit.meta.js';

const tags = ['fairs'];
// the county's employment services make the visits; township staff are left out, as on the report
const config = { access: FAIR_ORGANISERS };

/** 回访 after hires made at a fair (issue 14 §7): the list of visits and the short form. */
export const followUpRoutes: FastifyPluginAsyncZod = async (app) => {
	const { fairFollowUps } = app.services;
	app.get(
		'/:fairId/follow-ups',
		{
			config,
			schema: {
				tags,
				operationId: 'listFairFollowUps',
				summary: '招聘会录用后的回访（30、60、90 天）：要做的按到期时间排，做过的按记录时间倒排',
				params: FairParamsSchema,
				querystring: FollowUpListQuerySchema,
				response: { 200: FollowUpListSchema },
			},
		},
		(req) => fairFollowUps.list(req.params.fairId, req.query),
	);
	app.put(
		'/:fairId/follow-ups/:followUpId',
		{
			config,
			schema: {
				tags,
				operationId: 'recordFairFollowUp',
				summary: '记录一次回访：是否仍在岗、月工资、遇到的问题；再提交一次就是更正',
				params: FollowUpParamsSchema,
				body: FollowUpInputSchema,
				response: { 200: FollowUpRecordedSchema },
			},
		},
		(req) =>
			fairFollowUps.record(
				signedIn(req),
				req.params.fairId,
				req.params.followUpId,
				req.body,
				auditMeta(req),
			),
	);
};
