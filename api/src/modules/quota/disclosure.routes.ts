import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	AnswerObjectionBodySchema,
	COUNTY_STAFF,
	DisclosureListSchema,
	DisclosurePreviewSchema,
	DisclosureSchema,
	DisclosureYearParamsSchema,
	FiledObjectionSchema,
	FileObjectionBodySchema,
	ObjectionIdParamsSchema,
	ObjectionListQuerySchema,
	ObjectionListSchema,
	ObjectionSchema,
	PublishDisclosureBodySchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';
import { auditMeta } from '../audit/audit.meta.js';

const tags = ['quota'];

/** 公示 (public, no login) and 异议, under /quota. */
export const disclosureRoutes: FastifyPluginAsyncZod = async (app) => {
	const { disclosure } = app.services;
	const staff = { access: COUNTY_STAFF };
	const pub = { access: 'public' as const };

	app.get(
		'/disclosures',
		{
			config: pub,
			schema: {
				tags,
				operationId: 'listDisclosures',
				summary: '已经公示的年度',
				response: { 200: DisclosureListSchema },
			},
		},
		() => disclosure.list(),
	);
	app.get(
		'/disclosures/:year',
		{
			config: pub,
			schema: {
				tags,
				operationId: 'getDisclosure',
				summary: '一年的公示名单（单位的合计数字，没有个人信息）和异议期',
				params: DisclosureYearParamsSchema,
				response: { 200: DisclosureSchema },
			},
		},
		(req) => disclosure.get(req.params.year),
	);
	app.get(
		'/disclosures/:year/preview',
		{
			config: staff,
			schema: {
				tags,
				operationId: 'previewDisclosure',
				summary: '公示前预览：按现在的数字会公示哪些单位',
				params: DisclosureYearParamsSchema,
				response: { 200: DisclosurePreviewSchema },
			},
		},
		(req) => disclosure.preview(req.params.year),
	);
	app.post(
		'/disclosures/:year/publish',
		{
			config: staff,
			schema: {
				tags,
				operationId: 'publishDisclosure',
				summary: '公示一年的名单（要确认；已经公示过的年度不会再变）',
				params: DisclosureYearParamsSchema,
				body: PublishDisclosureBodySchema,
				response: { 200: DisclosureSchema, 201: DisclosureSchema },
			},
		},
		async (req, reply) => {
			const r = await disclosure.publish(signedIn(req), req.params.year, req.body, auditMeta(req));
			return reply.code(r.created ? 201 : 200).send(r.disclosure);
		},
	);
	app.post(
		'/disclosures/:year/objections',
		{
			// every objection counts: 20 from one address in 10 minutes is already a flood
			config: { ...pub, rateLimit: { max: 20, windowMs: 10 * 60_000, everyAttempt: true } },
			schema: {
				tags,
				operationId: 'fileObjection',
				summary: '对公示提出异议（不用登录；只能在异议期内）',
				params: DisclosureYearParamsSchema,
				body: FileObjectionBodySchema,
				response: { 200: FiledObjectionSchema, 201: FiledObjectionSchema },
			},
		},
		async (req, reply) => {
			const r = await disclosure.fileObjection(req.params.year, req.body);
			return reply.code(r.created ? 201 : 200).send(r.objection);
		},
	);
	app.get(
		'/objections',
		{
			config: staff,
			schema: {
				tags,
				operationId: 'listObjections',
				summary: '公示异议（待答复的在前）',
				querystring: ObjectionListQuerySchema,
				response: { 200: ObjectionListSchema },
			},
		},
		(req) => disclosure.objections(req.query),
	);
	app.post(
		'/objections/:objectionId/answer',
		{
			config: staff,
			schema: {
				tags,
				operationId: 'answerObjection',
				summary: '答复一条异议（记入审计日志）',
				params: ObjectionIdParamsSchema,
				body: AnswerObjectionBodySchema,
				response: { 200: ObjectionSchema },
			},
		},
		(req) => disclosure.answer(signedIn(req), req.params.objectionId, req.body, auditMeta(req)),
	);
};
