import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COUNTY_STAFF, RealNameExportQuerySchema, XlsxFileSchema } from '@ronghe/contracts';
import { MethodNotAllowedError } from '../../errors.js';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';
import { sendXlsx } from '../imports/xlsx-reply.js';

const tags = ['statistics'];
const config = { access: COUNTY_STAFF };

/** 实名制 statistics (issue 15 §8): masked numbers by GET, full numbers only by POST (audited). */
export const realNameRoutes: FastifyPluginAsyncZod = async (app) => {
	const { realName } = app.services;
	app.get(
		'/real-name',
		{
			config,
			schema: {
				tags,
				operationId: 'exportRealNameStatistics',
				summary: '下载某一年的残疾人就业和培训实名制统计（.xlsx，证号打码；完整号码请用 POST）',
				querystring: RealNameExportQuerySchema,
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			if (req.query.unmasked)
				throw new MethodNotAllowedError('导出完整号码要用 POST 提交（在统计页点“导出完整号码”）。');
			const file = await realName.export(signedIn(req), req.query, auditMeta(req));
			return sendXlsx(reply, file.data, file.fileName, 'real-name.xlsx');
		},
	);
	app.post(
		'/real-name',
		{
			config,
			schema: {
				tags,
				operationId: 'exportRealNameStatisticsByPost',
				summary: '下载实名制统计（unmasked=1 导出完整证号并记入审计日志）',
				body: RealNameExportQuerySchema,
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			const file = await realName.export(signedIn(req), req.body, auditMeta(req));
			return sendXlsx(reply, file.data, file.fileName, 'real-name.xlsx');
		},
	);
};
