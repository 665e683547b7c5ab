import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	FamilyIdNumberSchema,
	PendingVerificationsSchema,
	PersonPriorityEntryParamsSchema,
	PriorityEntryParamsSchema,
	PriorityRecordsSchema,
	SEEKERS,
	STAFF,
	VerificationDecisionBodySchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['priority'];
const ENTRIES = { statuses: 'Status', family: 'FamilyMember' } as const;
const NAMES = { statuses: '优先对象身份', family: '家庭成员' } as const;

/**
 * Removing a status or family member (the seeker's own, or staff for a person), staff's check of
 * a seeker's own entry, the audited look at a family member's whole ID number, and the list of
 * what waits for staff.
 */
export const verificationRoutes: FastifyPluginAsyncZod = async (app) => {
	const { priority } = app.services;

	for (const entry of ['statuses', 'family'] as const) {
		app.delete(
			`/me/priority/${entry}/:entryId`,
			{
				config: { access: SEEKERS },
				schema: {
					tags,
					operationId: `removeMy${ENTRIES[entry]}`,
					summary: `删除我填写的${NAMES[entry]}`,
					params: PriorityEntryParamsSchema,
					response: { 204: z.null().describe('已删除') },
				},
			},
			async (req, reply) => {
				await priority.remove(signedIn(req), undefined, entry, req.params.entryId, auditMeta(req));
				return reply.code(204).send(null);
			},
		);

		app.delete(
			`/people/:personId/priority/${entry}/:entryId`,
			{
				config: { access: STAFF },
				schema: {
					tags,
					operationId: `removePerson${ENTRIES[entry]}`,
					summary: `工作人员删除求职者的${NAMES[entry]}（记入审计日志）`,
					params: PersonPriorityEntryParamsSchema,
					response: { 204: z.null().describe('已删除') },
				},
			},
			async (req, reply) => {
				await priority.remove(
					signedIn(req),
					req.params.personId,
					entry,
					req.params.entryId,
					auditMeta(req),
				);
				return reply.code(204).send(null);
			},
		);

		app.post(
			`/people/:personId/priority/${entry}/:entryId/decision`,
			{
				config: { access: STAFF },
				schema: {
					tags,
					operationId: `decide${ENTRIES[entry]}`,
					summary: `工作人员核实求职者自己填写的${NAMES[entry]}：核实无误或不通过（写明原因）`,
					params: PersonPriorityEntryParamsSchema,
					body: VerificationDecisionBodySchema,
					response: { 200: PriorityRecordsSchema },
				},
			},
			(req) =>
				priority.decide(
					signedIn(req),
					req.params.personId,
					entry,
					req.params.entryId,
					req.body,
					auditMeta(req),
				),
		);
	}

	app.post(
		'/people/:personId/priority/family/:entryId/unmask',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'unmaskFamilyMember',
				summary: '查看家庭成员的完整身份证号（记入审计日志）',
				params: PersonPriorityEntryParamsSchema,
				response: { 200: FamilyIdNumberSchema },
			},
		},
		(req) =>
			priority.unmaskFamily(signedIn(req), req.params.personId, req.params.entryId, auditMeta(req)),
	);

	app.get(
		'/priority/pending',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listPendingVerifications',
				summary: '等待核实的优先对象身份和家庭成员（乡镇工作人员只看本乡镇）',
				response: { 200: PendingVerificationsSchema },
			},
		},
		(req) => priority.pending(signedIn(req)),
	);
};
