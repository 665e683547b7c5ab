import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	COUNTY_STAFF,
	IndicatorListSchema,
	IndicatorQuerySchema,
	IndicatorTargetInputSchema,
	IndicatorTargetParamsSchema,
	STAFF,
	XlsxFileSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';
import { sendXlsx } from '../imports/xlsx-reply.js';

const tags = ['indicators'];

/** The plan's indicators (issue 15 §7, docs/indicators.md). */
export const indicatorsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { indicators } = app.services;
	app.get(
		'/',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listIndicators',
				summary: '规划指标：某一年每项的目标、实际、是否达到；可按乡镇看（乡镇工作人员只看本乡镇）',
				querystring: IndicatorQuerySchema,
				response: { 200: IndicatorListSchema },
			},
		},
		(req) => indicators.list(signedIn(req), req.query),
	);
	app.get(
		'/export.xlsx',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'exportIndicators',
				summary: '下载某一年的规划指标（.xlsx：“指标”一项一行，“分项”列出各项的分项数字）',
				querystring: IndicatorQuerySchema,
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			const file = await indicators.export(signedIn(req), req.query);
			return sendXlsx(reply, file.data, file.fileName, 'indicators.xlsx');
		},
	);
	app.put(
		'/:year/targets/:code',
		{
			config: { access: COUNTY_STAFF },
			schema: {
				tags,
				operationId: 'saveIndicatorTarget',
				summary: '修改某一年某项指标的目标（和平台数不出来、要工作人员填写的数字）',
				params: IndicatorTargetParamsSchema,
				body: IndicatorTargetInputSchema,
				response: { 200: IndicatorListSchema },
			},
		},
		(req) =>
			indicators.saveTarget(
				signedIn(req),
				req.params.year,
				req.params.code,
				req.body,
				auditMeta(req),
			),
	);
};
