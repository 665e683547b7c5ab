import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	FAIR_ORGANISERS,
	FairParamsSchema,
	FairReportSchema,
	XlsxFileSchema,
} from '@ronghe/contracts';
import { sendXlsx } from '../../imports/xlsx-reply.js';

const tags = ['fairs'];
// county-wide figures: the organisers only; township staff are left out, as on the quota overview
const config = { access: FAIR_ORGANISERS };

/** The fair report (issue 14 §9): figures and breakdowns as JSON, and the same as .xlsx. */
export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
	const { fairReport } = app.services;
	app.get(
		'/:fairId/report',
		{
			config,
			schema: {
				tags,
				operationId: 'getFairReport',
				summary:
					'招聘会统计：参会企业、岗位、求职者、投递、面试、意向、录用和回访在岗，按残疾类别、等级、乡镇和单位类型分',
				params: FairParamsSchema,
				response: { 200: FairReportSchema },
			},
		},
		(req) => fairReport.report(req.params.fairId),
	);
	app.get(
		'/:fairId/report.xlsx',
		{
			config,
			schema: {
				tags,
				operationId: 'downloadFairReport',
				summary: '下载招聘会统计（.xlsx：总计和各分项各一张表）',
				params: FairParamsSchema,
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			const file = await fairReport.workbook(req.params.fairId);
			return sendXlsx(reply, file.data, file.fileName, 'fair-report.xlsx');
		},
	);
};
