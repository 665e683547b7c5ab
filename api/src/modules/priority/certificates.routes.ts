import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	CertificateBodySchema,
	CertificateListSchema,
	PersonIdParamsSchema,
	PersonPriorityEntryParamsSchema,
	PriorityEntryParamsSchema,
	SEEKERS,
	STAFF,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['priority'];

/** A seeker's certificates (证书): their own under /me, staff for a person they act for (audited). */
export const certificatesRoutes: FastifyPluginAsyncZod = async (app) => {
	const { certificates } = app.services;

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
		(req) => certificates.list(signedIn(req)),
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
		(req) => certificates.list(signedIn(req), req.params.personId),
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
				.send(await certificates.add(signedIn(req), undefined, req.body, auditMeta(req))),
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
				.send(await certificates.add(signedIn(req), req.params.personId, req.body, auditMeta(req))),
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
			await certificates.remove(signedIn(req), undefined, req.params.entryId, auditMeta(req));
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
			await certificates.remove(
				signedIn(req),
				req.params.personId,
				req.params.entryId,
				auditMeta(req),
			);
			return reply.code(204).send(null);
		},
	);
};
