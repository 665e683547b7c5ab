import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	EmployerPostingIdParamsSchema,
	EmployerPostingListSchema,
	EmployerPostingSchema,
	EMPLOYERS,
	PostingDraftBodySchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['employer-postings'];
const access = EMPLOYERS;
const one = { params: EmployerPostingIdParamsSchema, response: { 200: EmployerPostingSchema } };

/** The employer's own postings in every state; writing, submitting and closing them. */
export const employerPostingsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { employerPostings: svc } = app.services;

	app.get(
		'/',
		{
			config: { access },
			schema: {
				tags,
				operationId: 'listEmployerPostings',
				summary: '本单位的全部岗位（草稿、审核中、已发布、已结束）',
				response: { 200: EmployerPostingListSchema },
			},
		},
		(req) => svc.list(signedIn(req)),
	);

	app.post(
		'/',
		{
			config: { access },
			schema: {
				tags,
				operationId: 'createEmployerPosting',
				summary: '新建岗位草稿（会运行包容性检查）',
				body: PostingDraftBodySchema,
				response: { 201: EmployerPostingSchema },
			},
		},
		async (req, reply) => {
			const posting = await svc.create(signedIn(req), req.body, auditMeta(req));
			return reply
				.code(201)
				.header('location', `/api/employer/postings/${posting.id}`)
				.send(posting);
		},
	);

	app.get(
		'/:postingId',
		{
			config: { access },
			schema: { tags, operationId: 'getEmployerPosting', summary: '本单位的一个岗位', ...one },
		},
		(req) => svc.get(signedIn(req), req.params.postingId),
	);

	app.put(
		'/:postingId',
		{
			config: { access },
			schema: {
				tags,
				operationId: 'updateEmployerPosting',
				summary: '修改草稿或退回修改的岗位',
				body: PostingDraftBodySchema,
				...one,
			},
		},
		(req) => svc.update(signedIn(req), req.params.postingId, req.body, auditMeta(req)),
	);

	const actions = [
		['submit', 'submitEmployerPosting', '提交审核（每条包容性提示都要处理）', svc.submit],
		['withdraw', 'withdrawEmployerPosting', '撤回为草稿，以便修改', svc.withdraw],
		['close', 'closeEmployerPosting', '停止招聘', svc.close],
		['fill', 'fillEmployerPosting', '标记为已招满', svc.markFilled],
	] as const;
	for (const [path, operationId, summary, run] of actions) {
		app.post(
			`/:postingId/${path}`,
			{ config: { access }, schema: { tags, operationId, summary, ...one } },
			(req) => run(signedIn(req), req.params.postingId, auditMeta(req)),
		);
	}
};
