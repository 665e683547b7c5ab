import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PeopleExportQuerySchema, STAFF, XlsxFileSchema } from '@ronghe/contracts';
import { MethodNotAllowedError } from '../../errors.js';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';
import { sendXlsx } from './xlsx-reply.js';

const tags = ['people'];

/** The registry export under /people: masked by GET, full numbers only by POST. */
export const registryExportRoutes: FastifyPluginAsyncZod = async (app) => {
	const { imports } = app.services;
	// Full numbers leave only by POST: a link, a prefetch or a cross-site <img> cannot fetch
	// them, and the web asks for them with a real form (issue 11 item 4).
	app.get(
		'/export',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'exportPeople',
				summary: '导出残疾人名单（.xlsx，号码打码；完整号码请用 POST）',
				querystring: PeopleExportQuerySchema,
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			if (req.query.unmasked)
				throw new MethodNotAllowedError('导出完整号码要用 POST 提交（在名单页点“导出完整号码”）。');
			const file = await imports.export(signedIn(req), req.query, auditMeta(req));
			return sendXlsx(reply, file.stream, file.fileName, 'registry.xlsx');
		},
	);

	app.post(
		'/export',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'exportPeopleByPost',
				summary: '导出残疾人名单（.xlsx；unmasked=1 导出完整号码并记入审计日志）',
				body: PeopleExportQuerySchema,
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			const file = await imports.export(signedIn(req), req.body, auditMeta(req));
			return sendXlsx(reply, file.stream, file.fileName, 'registry.xlsx');
		},
	);
};
