import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	FamilyMemberBodySchema,
	PersonIdParamsSchema,
	PriorityRecordsSchema,
	PriorityStatusBodySchema,
	SEEKERS,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';
import { certificatesRoutes } from './certificates.routes.js';
import { verificationRoutes } from './verification.routes.js';

const tags = ['priority'];

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

	await app.register(verificationRoutes);
	await app.register(certificatesRoutes);
};
