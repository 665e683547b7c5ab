import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	AreaYearParamsSchema,
	COUNTY_STAFF,
	LevyRuleListSchema,
	LevyRuleSchema,
	LocalWageListSchema,
	LocalWageSchema,
	ProvinceYearParamsSchema,
	QuotaAgenciesQuerySchema,
	QuotaAgenciesSchema,
	QuotaOverviewQuerySchema,
	QuotaOverviewSchema,
	RULE_EDITORS,
	SaveLevyRuleBodySchema,
	SaveLocalWageBodySchema,
	XLSX_MIME,
	XlsxFileSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['quota'];
/** 县人社局、县残联 and admins see the county; township staff do not (county-wide figures). */

/** The bureau's quota overview, agencies list, local wages and levy rules, under /quota. */
export const quotaRoutes: FastifyPluginAsyncZod = async (app) => {
	const { quotaOverview, quotaSettings } = app.services;
	const config = { access: COUNTY_STAFF };

	app.get(
		'/overview',
		{
			config,
			schema: {
				tags,
				operationId: 'getQuotaOverview',
				summary: '全县按比例就业情况：达标率、还差人数、保障金，按还差人数排的单位名单',
				querystring: QuotaOverviewQuerySchema,
				response: { 200: QuotaOverviewSchema },
			},
		},
		(req) => quotaOverview.overview(req.query),
	);
	app.get(
		'/overview/export.xlsx',
		{
			config,
			schema: {
				tags,
				operationId: 'exportQuotaOverview',
				summary: '导出按比例就业单位名单（.xlsx，筛选条件和页面一样）',
				querystring: QuotaOverviewQuerySchema.omit({ page: true, pageSize: true }),
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			const file = await quotaOverview.export(req.query);
			return reply
				.type(XLSX_MIME)
				.header(
					'content-disposition',
					`attachment; filename="quota.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
				)
				.header('cache-control', 'no-store')
				.send(file.data);
		},
	);
	app.get(
		'/agencies',
		{
			config,
			schema: {
				tags,
				operationId: 'listQuotaAgencies',
				summary: '编制达到人数、还没达到比例的党政机关和事业单位（中小学、幼儿园除外），分页',
				querystring: QuotaAgenciesQuerySchema,
				response: { 200: QuotaAgenciesSchema },
			},
		},
		(req) => quotaOverview.agencies(req.query),
	);
	app.get(
		'/wages',
		{
			config,
			schema: {
				tags,
				operationId: 'listLocalWages',
				summary: '各年度当地社会平均工资和最低工资',
				response: { 200: LocalWageListSchema },
			},
		},
		() => quotaSettings.wages(),
	);
	app.put(
		'/wages/:areaCode/:year',
		{
			config,
			schema: {
				tags,
				operationId: 'saveLocalWage',
				summary: '录入或修改一个地区一年的社会平均工资和最低工资（记入审计日志）',
				params: AreaYearParamsSchema,
				body: SaveLocalWageBodySchema,
				response: { 200: LocalWageSchema },
			},
		},
		(req) =>
			quotaSettings.saveWage(
				signedIn(req),
				req.params.areaCode,
				req.params.year,
				req.body,
				auditMeta(req),
			),
	);
	app.get(
		'/rules',
		{
			config,
			schema: {
				tags,
				operationId: 'listLevyRules',
				summary: '本省各征收年度的保障金规则',
				response: { 200: LevyRuleListSchema },
			},
		},
		() => quotaSettings.rules(),
	);
	app.put(
		'/rules/:provinceCode/:collectionYear',
		{
			config: { access: RULE_EDITORS },
			schema: {
				tags,
				operationId: 'saveLevyRule',
				summary: '修改一个征收年度的保障金规则，或新增一年（记入审计日志）',
				params: ProvinceYearParamsSchema,
				body: SaveLevyRuleBodySchema,
				response: { 200: LevyRuleSchema },
			},
		},
		(req) =>
			quotaSettings.saveRule(
				signedIn(req),
				req.params.provinceCode,
				req.params.collectionYear,
				req.body,
				auditMeta(req),
			),
	);
};
