import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	ApplyBodySchema,
	ApplyResultSchema,
	IdempotencyHeadersSchema,
	IdParamsSchema,
	InvitationListSchema,
	InvitationSchema,
	MyApplicationListSchema,
	PersonIdParamsSchema,
	PostingIdParamsSchema,
	SEEKERS,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['applications'];

/** The seeker's side: apply, follow and withdraw applications, answer invitations. */
export const applicationsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { applications, invitations } = app.services;
	const config = { access: SEEKERS };

	app.post(
		'/postings/:postingId/applications',
		{
			config,
			schema: {
				tags,
				operationId: 'applyToPosting',
				summary: '投递一个岗位（同一个 Idempotency-Key 重复提交得到同样的回答；已投递过回答 409）',
				params: PostingIdParamsSchema,
				headers: IdempotencyHeadersSchema,
				body: ApplyBodySchema,
				response: { 201: ApplyResultSchema },
			},
		},
		async (req, reply) => {
			const { postingId } = req.params;
			const key = req.headers['idempotency-key'];
			const result = await applications.apply(signedIn(req), postingId, req.body, key);
			return reply.code(201).header('location', '/api/me/applications').send(result);
		},
	);
	app.post(
		'/people/:personId/postings/:postingId/applications',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'applyForPerson',
				summary:
					'工作人员代办：为一位求职者投递岗位（记入审计日志，并告诉求职者；同一个 Idempotency-Key 得到同样的回答）',
				params: PersonIdParamsSchema.merge(PostingIdParamsSchema),
				headers: IdempotencyHeadersSchema,
				body: ApplyBodySchema,
				response: { 201: ApplyResultSchema },
			},
		},
		async (req, reply) => {
			const { personId, postingId } = req.params;
			const key = req.headers['idempotency-key'];
			const result = await applications.applyFor(
				signedIn(req),
				personId,
				postingId,
				req.body,
				key,
				auditMeta(req),
			);
			return reply.code(201).send(result);
		},
	);
	app.get(
		'/me/applications',
		{
			config,
			schema: {
				tags,
				operationId: 'listMyApplications',
				summary: '我的投递：每一份的状态、日期和经过',
				response: { 200: MyApplicationListSchema },
			},
		},
		(req) => applications.mine(signedIn(req)),
	);
	app.post(
		'/me/applications/:id/withdraw',
		{
			config,
			schema: {
				tags,
				operationId: 'withdrawMyApplication',
				summary: '撤回一份投递（录用前随时可以；重复撤回得到同样的回答）',
				params: IdParamsSchema,
				response: { 200: ApplyResultSchema },
			},
		},
		(req) => applications.withdraw(signedIn(req), req.params.id),
	);
	app.get(
		'/me/invitations',
		{
			config,
			schema: {
				tags,
				operationId: 'listMyInvitations',
				summary: '用人单位发给我的邀请',
				response: { 200: InvitationListSchema },
			},
		},
		(req) => invitations.mine(signedIn(req)),
	);
	for (const verb of ['accept', 'decline'] as const)
		app.post(
			`/me/invitations/:id/${verb}`,
			{
				config,
				schema: {
					tags,
					operationId: verb === 'accept' ? 'acceptInvitation' : 'declineInvitation',
					summary: verb === 'accept' ? '接受邀请（单位可以看到我的资料）' : '谢绝邀请',
					params: IdParamsSchema,
					response: { 200: InvitationSchema },
				},
			},
			(req) => invitations[verb](signedIn(req), req.params.id),
		);
};
