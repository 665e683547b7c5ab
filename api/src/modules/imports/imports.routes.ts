import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	COUNTY_STAFF,
	IMPORT_MAX_FILE_BYTES,
	ImportIdParamsSchema,
	ImportListQuerySchema,
	ImportListSchema,
	ImportSchema,
	ImportSummarySchema,
	XlsxFileSchema,
} from '@ronghe/contracts';
import { BadRequestError, PayloadTooLargeError } from '../../errors.js';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';
import { registryExportRoutes } from './export.routes.js';
import { sendXlsx } from './xlsx-reply.js';

const tags = ['people'];
const access = { access: COUNTY_STAFF };

/** Roster import (.xlsx upload, progress, bad rows) and registry export, under /people. */
export const importsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { imports } = app.services;
	await app.register(multipart, {
		limits: { fileSize: IMPORT_MAX_FILE_BYTES, files: 1, fields: 5 },
	});
	app.addHook('onReady', async () => {
		await imports.failInterrupted();
	});
	app.addHook('onClose', () => imports.idle());

	app.post(
		'/imports',
		{
			config: access,
			schema: {
				tags,
				operationId: 'startPeopleImport',
				summary: '上传残疾人名单（.xlsx，表单字段 file），在后台导入',
				consumes: ['multipart/form-data'],
				response: { 202: ImportSummarySchema },
			},
		},
		async (req, reply) => {
			if (!req.isMultipart())
				throw new BadRequestError('file_required', '请选择要上传的名单文件（.xlsx）。');
			const file = await req.file().catch(() => undefined);
			if (!file) throw new BadRequestError('file_required', '请选择要上传的名单文件（.xlsx）。');
			const data = await file.toBuffer().catch((err: { statusCode?: number }) => {
				if (err.statusCode === 413)
					throw new PayloadTooLargeError(
						'文件太大了：名单文件最大 20 MB。请把名单分成几个文件上传。',
					);
				throw new BadRequestError('upload_broken', '文件没有上传完整，请重新上传。');
			});
			const upload = { fileName: file.filename, data };
			const started = await imports.start(signedIn(req), upload, auditMeta(req));
			return reply.code(202).header('location', `/api/people/imports/${started.id}`).send(started);
		},
	);

	app.get(
		'/imports',
		{
			config: access,
			schema: {
				tags,
				operationId: 'listPeopleImports',
				summary: '最近的名单导入',
				querystring: ImportListQuerySchema,
				response: { 200: ImportListSchema },
			},
		},
		(req) => imports.list(req.query),
	);

	app.get(
		'/imports/template',
		{
			config: access,
			schema: {
				tags,
				operationId: 'getPeopleImportTemplate',
				summary: '名单模板（.xlsx：表头和一行示例）',
				response: { 200: XlsxFileSchema },
			},
		},
		async (_req, reply) =>
			sendXlsx(reply, await imports.template(), '残疾人名单模板.xlsx', 'roster-template.xlsx'),
	);

	app.get(
		'/imports/:importId',
		{
			config: access,
			schema: {
				tags,
				operationId: 'getPeopleImport',
				summary: '一次导入的进度和每一行的问题',
				params: ImportIdParamsSchema,
				response: { 200: ImportSchema },
			},
		},
		(req) => imports.get(req.params.importId),
	);

	app.get(
		'/imports/:importId/errors.xlsx',
		{
			config: access,
			schema: {
				tags,
				operationId: 'getPeopleImportErrors',
				summary: '有问题的行（.xlsx：行号、列、原因）',
				params: ImportIdParamsSchema,
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) =>
			sendXlsx(
				reply,
				await imports.errorsFile(req.params.importId),
				'名单导入问题.xlsx',
				'import-errors.xlsx',
			),
	);

	await app.register(registryExportRoutes);
};
