import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	AnnualReviewDetailSchema,
	AnnualReviewEmployeeParamsSchema,
	AnnualReviewExportQuerySchema,
	AnnualReviewListQuerySchema,
	AnnualReviewListSchema,
	AnnualReviewParamsSchema,
	COUNTY_STAFF,
	DecideEmployeeBodySchema,
	ReturnReviewBodySchema,
	UnmaskedCertificateSchema,
	XLSX_MIME,
	XlsxFileSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['annual-reviews'];
const config = { access: COUNTY_STAFF };
const one = '/:employerId/:year';

/** 年审 for county staff: the queue, each employer-year, decisions and the 联网认证 export. */
export const annualReviewsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { annualReviews } = app.services;

	app.get(
		'/',
		{
			config,
			schema: {
				tags,
				operationId: 'listAnnualReviews',
				summary: '年审列表（按年份和状态筛选；等待审核的在前）',
				querystring: AnnualReviewListQuerySchema,
				response: { 200: AnnualReviewListSchema },
			},
		},
		(req) => annualReviews.list(req.query),
	);
	app.get(
		'/export',
		{
			config,
			schema: {
				tags,
				operationId: 'exportAnnualReviews',
				summary: '导出审核通过的名单（联网认证申报表的列顺序，.xlsx，完整证号，记入审计日志）',
				querystring: AnnualReviewExportQuerySchema,
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			const file = await annualReviews.export(signedIn(req), req.query, auditMeta(req));
			return reply
				.type(XLSX_MIME)
				.header(
					'content-disposition',
					`attachment; filename="certification-${req.query.year}.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
				)
				.header('cache-control', 'no-store')
				.send(file.data);
		},
	);
	app.get(
		one,
		{
			config,
			schema: {
				tags,
				operationId: 'getAnnualReview',
				summary: '一个单位一年的年审：每个人、系统提示（含挂靠）和决定',
				params: AnnualReviewParamsSchema,
				response: { 200: AnnualReviewDetailSchema },
			},
		},
		(req) => annualReviews.get(req.params.employerId, req.params.year),
	);
	app.post(
		`${one}/employees/:employeeId/unmask`,
		{
			config,
			schema: {
				tags,
				operationId: 'unmaskAnnualReviewEmployee',
				summary: '显示一个人的完整证号（记入审计日志）',
				params: AnnualReviewEmployeeParamsSchema,
				response: { 200: UnmaskedCertificateSchema },
			},
		},
		(req) => {
			const p = req.params;
			const meta = auditMeta(req);
			return annualReviews.unmask(signedIn(req), p.employerId, p.year, p.employeeId, meta);
		},
	);
	app.post(
		`${one}/employees/:employeeId/decision`,
		{
			config,
			schema: {
				tags,
				operationId: 'decideAnnualReviewEmployee',
				summary: '对名单里的一个人做决定：通过或不通过，可写说明',
				params: AnnualReviewEmployeeParamsSchema,
				body: DecideEmployeeBodySchema,
				response: { 200: AnnualReviewDetailSchema },
			},
		},
		(req) => {
			const [p, who, meta] = [req.params, signedIn(req), auditMeta(req)];
			return annualReviews.decide(who, p.employerId, p.year, p.employeeId, req.body, meta);
		},
	);
	app.post(
		`${one}/approve`,
		{
			config,
			schema: {
				tags,
				operationId: 'approveAnnualReview',
				summary: '审核通过（每个人都要先决定）；通过的人用于计算保障金',
				params: AnnualReviewParamsSchema,
				response: { 200: AnnualReviewDetailSchema },
			},
		},
		(req) =>
			annualReviews.approve(signedIn(req), req.params.employerId, req.params.year, auditMeta(req)),
	);
	app.post(
		`${one}/return`,
		{
			config,
			schema: {
				tags,
				operationId: 'returnAnnualReview',
				summary: '退回年审，写明原因，单位修改后重新提交',
				params: AnnualReviewParamsSchema,
				body: ReturnReviewBodySchema,
				response: { 200: AnnualReviewDetailSchema },
			},
		},
		(req) => {
			const p = req.params;
			const meta = auditMeta(req);
			return annualReviews.return(signedIn(req), p.employerId, p.year, req.body.reason, meta);
		},
	);
};
