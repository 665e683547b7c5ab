import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	DeletionRequestBodySchema,
	DeletionResultSchema,
	MyDataSchema,
	MyDataTableSchema,
	SEEKERS,
	XLSX_MIME,
	XlsxFileSchema,
} from '@ronghe/contracts';
import { currentSession, signedIn } from '../../plugins/auth.js';

const tags = ['privacy'];

/**
 * A seeker's rights over their own data (PIPL art. 44–47), under /api/me. The downloads are GETs:
 * they change nothing but the audit log, carry nothing personal in the URL, and every number in
 * them is masked.
 */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
	const { privacy } = app.services;

	app.get(
		'/data',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'getMyData',
				summary: '下载平台保存的我的全部数据（JSON；证件号码和电话已打码；记入审计日志）',
				response: { 200: MyDataSchema },
			},
		},
		async (req, reply) => {
			const data = await privacy.myData(signedIn(req), req.id);
			return reply.header('cache-control', 'no-store').send(data);
		},
	);

	app.get(
		'/data/views',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'listMyDataViews',
				summary: '谁看过或改过我的资料：用人单位（单位名称）和工作人员（岗位），最新的在前',
				response: { 200: MyDataTableSchema },
			},
		},
		async (req, reply) => {
			const table = await privacy.views(signedIn(req));
			return reply.header('cache-control', 'no-store').send(table);
		},
	);

	app.get(
		'/data.xlsx',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'exportMyData',
				summary: '下载平台保存的我的全部数据（.xlsx，每类数据一个工作表）',
				response: { 200: XlsxFileSchema },
			},
		},
		async (req, reply) => {
			const file = await privacy.myDataXlsx(signedIn(req), req.id);
			return reply
				.type(XLSX_MIME)
				.header(
					'content-disposition',
					`attachment; filename="my-data.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
				)
				.header('cache-control', 'no-store')
				.send(file.data);
		},
	);

	app.post(
		'/deletion-request',
		{
			// a double submit's second half may arrive after the first has ended the session
			config: { access: SEEKERS, answersEndedSession: true },
			schema: {
				tags,
				operationId: 'deleteMyAccount',
				summary:
					'注销账户并删除我的个人信息（要再输一次密码；马上生效；统计项匿名保留；重复提交得到同样的答复）',
				body: DeletionRequestBodySchema,
				response: { 200: DeletionResultSchema },
			},
		},
		(req) =>
			req.endedSessionHash
				? privacy.erasedBySession(req.endedSessionHash)
				: privacy.erase(currentSession(req), req.body, req.id),
	);
};
