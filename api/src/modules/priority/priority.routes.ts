import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	CertificateBodySchema,
	CertificateListSchema,
	FamilyIdNumberSchema,
	FamilyMemberBodySchema,
	PendingVerificationsSchema,
	PersonIdParamsSchema,
	PersonPriorityEntryParamsSchema,
	PriorityEntryParamsSchema,
	PriorityRecordsSchema,
	PriorityStatusBodySchema,
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
 * Priority statuses (优先/援助对象), family members and certificates: the seeker's own under /me
 * (a status or family member waits for staff), staff for a person they act for under
 * /people/:personId (counts at once, audited), and the list of what waits for staff.
 */
export const priorityRoutes: FastifyPluginAsyncZod = async (app) => {
	const { priority } = app.services;

	app.get(
		'/me/priority',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'getMyPriority',
				summary: '我的优先对象身份和家庭成员（含核实情况）',
				response: { 200: PriorityRecordsSchema },
			},
		},
		(req) => priority.get(signedIn(req)),
	);

	app.get(
		'/people/:personId/priority',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'getPersonPriority',
				summary: '一位求职者的优先对象身份和家庭成员（身份证号已打码）',
				params: PersonIdParamsSchema,
				response: { 200: PriorityRecordsSchema },
			},
		},
		(req) => priority.get(signedIn(req), req.params.personId),
	);

	app.post(
		'/me/priority/statuses',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'addMyPriorityStatus',
				summary: '填写我的优先对象身份（等乡镇或县里工作人员核实）',
				body: PriorityStatusBodySchema,
				response: { 201: PriorityRecordsSchema },
			},
		},
		async (req, reply) =>
			reply
				.code(201)
				.send(await priority.addStatus(signedIn(req), undefined, req.body, auditMeta(req))),
	);

	app.post(
		'/people/:personId/priority/statuses',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'addPersonPriorityStatus',
				summary: '工作人员登记求职者的优先对象身份（直接生效，记入审计日志）',
				params: PersonIdParamsSchema,
				body: PriorityStatusBodySchema,
				response: { 201: PriorityRecordsSchema },
			},
		},
		async (req, reply) =>
			reply
				.code(201)
				.send(
					await priority.addStatus(signedIn(req), req.params.personId, req.body, auditMeta(req)),
				),
	);

	app.post(
		'/me/priority/family',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'addMyFamilyMember',
				summary: '填写我的家庭成员（等工作人员核实）',
				body: FamilyMemberBodySchema,
				response: { 201: PriorityRecordsSchema },
			},
		},
		async (req, reply) =>
			reply
				.code(201)
				.send(await priority.addFamily(signedIn(req), undefined, req.body, auditMeta(req))),
	);

	app.post(
		'/people/:personId/priority/family',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'addPersonFamilyMember',
				summary: '工作人员登记求职者的家庭成员（直接生效，记入审计日志）',
				params: PersonIdParamsSchema,
				body: FamilyMemberBodySchema,
				response: { 201: PriorityRecordsSchema },
			},
		},
		async (req, reply) =>
			reply
				.code(201)
				.send(
					await priority.addFamily(signedIn(req), req.params.personId, req.body, auditMeta(req)),
				),
	);

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

	// ---- certificates (证书) ----

	app.get(
		'/me/certificates',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'listMyCertificates',
				summary: '我的证书（过期的推荐岗位时不算）',
				response: { 200: CertificateListSchema },
			},
		},
		(req) => priority.certificates(signedIn(req)),
	);

	app.get(
		'/people/:personId/certificates',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'listPersonCertificates',
				summary: '工作人员代办：一位求职者的证书（编号已打码）',
				params: PersonIdParamsSchema,
				response: { 200: CertificateListSchema },
			},
		},
		(req) => priority.certificates(signedIn(req), req.params.personId),
	);

	app.post(
		'/me/certificates',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'addMyCertificate',
				summary: '添加我的证书',
				body: CertificateBodySchema,
				response: { 201: CertificateListSchema },
			},
		},
		async (req, reply) =>
			reply
				.code(201)
				.send(await priority.addCertificate(signedIn(req), undefined, req.body, auditMeta(req))),
	);

	app.post(
		'/people/:personId/certificates',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'addPersonCertificate',
				summary: '工作人员代办：添加求职者的证书（记入审计日志）',
				params: PersonIdParamsSchema,
				body: CertificateBodySchema,
				response: { 201: CertificateListSchema },
			},
		},
		async (req, reply) =>
			reply
				.code(201)
				.send(
					await priority.addCertificate(
						signedIn(req),
						req.params.personId,
						req.body,
						auditMeta(req),
					),
				),
	);

	app.delete(
		'/me/certificates/:entryId',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'removeMyCertificate',
				summary: '删除我的一张证书',
				params: PriorityEntryParamsSchema,
				response: { 204: z.null().describe('已删除') },
			},
		},
		async (req, reply) => {
			await priority.removeCertificate(
				signedIn(req),
				undefined,
				req.params.entryId,
				auditMeta(req),
			);
			return reply.code(204).send(null);
		},
	);

	app.delete(
		'/people/:personId/certificates/:entryId',
		{
			config: { access: STAFF },
			schema: {
				tags,
				operationId: 'removePersonCertificate',
				summary: '工作人员代办：删除求职者的一张证书（记入审计日志）',
				params: PersonPriorityEntryParamsSchema,
				response: { 204: z.null().describe('已删除') },
			},
		},
		async (req, reply) => {
			await priority.removeCertificate(
				signedIn(req),
				req.params.personId,
				req.params.entryId,
				auditMeta(req),
			);
			return reply.code(204).send(null);
		},
	);
};
