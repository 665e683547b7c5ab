import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	ApplicationCountsSchema,
	ApplicationStatusBodySchema,
	EmployerApplicationListSchema,
	EmployerApplicationSchema,
	EMPLOYERS,
	IdParamsSchema,
	InvitationBodySchema,
	PostingIdParamsSchema,
	QuotaYearParamsSchema,
	RosterProposalListSchema,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['applications'];

/** The employer's side (under /employer) and the staff counts. */
export const employerApplicationsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { applications, invitations, rosterProposals } = app.services;
	const config = { access: EMPLOYERS };
	const schema = (operationId: string, summary: string) => ({ tags, operationId, summary });

	app.get(
		'/employer/postings/:postingId/applications',
		{
			config,
			schema: {
				...schema('listPostingApplications', '本单位一个岗位收到的投递'),
				params: PostingIdParamsSchema,
				response: { 200: EmployerApplicationListSchema },
			},
		},
		(req) => applications.forPosting(signedIn(req), req.params.postingId),
	);
	app.get(
		'/employer/applications/:id',
		{
			config,
			schema: {
				...schema('openApplication', '打开一份投递（第一次打开时标为“已查看”，并通知求职者）'),
				params: IdParamsSchema,
				response: { 200: EmployerApplicationSchema },
			},
		},
		(req) => applications.open(signedIn(req), req.params.id),
	);
	app.post(
		'/employer/applications/:id/status',
		{
			config,
			schema: {
				...schema(
					'setApplicationStatus',
					'改变投递的状态：面试、录用意向、已录用或不合适（不能倒退，回答 409）',
				),
				params: IdParamsSchema,
				body: ApplicationStatusBodySchema,
				response: { 200: EmployerApplicationSchema },
			},
		},
		(req) => applications.setStatus(signedIn(req), req.params.id, req.body),
	);
	app.post(
		'/employer/invitations',
		{
			config,
			schema: {
				...schema('inviteCandidate', '邀请一位本单位能看到的求职者应聘一个岗位'),
				body: InvitationBodySchema,
				response: { 201: z.object({ id: z.uuid(), status: z.string() }) },
			},
		},
		async (req, reply) => reply.code(201).send(await invitations.invite(signedIn(req), req.body)),
	);
	app.get(
		'/employer/quota/:year/roster-proposals',
		{
			config,
			schema: {
				...schema('listRosterProposals', '这一年录用的人，等待确认加入残疾职工名单'),
				params: QuotaYearParamsSchema,
				response: { 200: RosterProposalListSchema },
			},
		},
		(req) => rosterProposals.list(signedIn(req), req.params.year),
	);
	for (const verb of ['confirm', 'dismiss'] as const)
		app.post(
			`/employer/roster-proposals/:id/${verb}`,
			{
				config,
				schema: {
					...schema(
						verb === 'confirm' ? 'confirmRosterProposal' : 'dismissRosterProposal',
						verb === 'confirm' ? '把录用的人加入当年的残疾职工名单' : '不把这个人加入名单',
					),
					params: IdParamsSchema,
					response: { 204: z.null().describe('已处理') },
				},
			},
			async (req, reply) => {
				const user = signedIn(req);
				if (verb === 'confirm') await rosterProposals.confirm(user, req.params.id, auditMeta(req));
				else await rosterProposals.dismiss(user, req.params.id);
				return reply.code(204).send(null);
			},
		);
	app.get(
		'/applications/counts',
		{
			config: { access: STAFF },
			schema: {
				...schema(
					'countApplications',
					'投递数量：按单位、岗位和求职者所在乡镇（乡镇工作人员只看本乡镇）',
				),
				response: { 200: ApplicationCountsSchema },
			},
		},
		(req) => applications.counts(signedIn(req)),
	);
};
