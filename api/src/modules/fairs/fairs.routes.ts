import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	FAIR_ORGANISERS,
	FairCountersSchema,
	FairDetailSchema,
	FairInputSchema,
	FairListSchema,
	FairParamsSchema,
	FairSchema,
	FairStateInputSchema,
	InterpreterListSchema,
	InterpretersInputSchema,
} from '@ronghe/contracts';
import { allocationRoutes } from './allocation.routes.js';
import { bookingLinkRoutes } from './booking-link.routes.js';
import { boothRepsRoutes } from './booth-reps.routes.js';
import { boothsRoutes } from './booths.routes.js';
import { fairSeekersRoutes } from './fair-seekers.routes.js';
import { followUpRoutes } from './follow-ups/follow-ups.routes.js';
import { reportRoutes } from './report/report.routes.js';

const tags = ['fairs'];
const iso = (l: { id: string; name: string; hours: { startsAt: Date; endsAt: Date }[] }[]) =>
	l.map((i) => ({
		...i,
		hours: i.hours.map((h) => ({
			startsAt: h.startsAt.toISOString(),
			endsAt: h.endsAt.toISOString(),
		})),
	}));

/** Fairs: the public list and page; organisers create, edit, publish, open and close them. */
export const fairsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { fairs } = app.services;
	app.get(
		'/',
		{
			config: { access: 'public' },
			schema: {
				tags,
				operationId: 'listFairs',
				summary: '专场招聘会：正在进行和即将开始的在前（组织者还能看到草稿）',
				response: { 200: FairListSchema },
			},
		},
		(req) => fairs.list(req.user),
	);
	app.get(
		'/:fairId',
		{
			config: { access: 'public' },
			schema: {
				tags,
				operationId: 'getFair',
				summary: '一场招聘会：展区、展位（公众只看到已通过的）和实时数字',
				params: FairParamsSchema,
				response: { 200: FairDetailSchema },
			},
		},
		(req) => fairs.detail(req.user, req.params.fairId),
	);
	app.get(
		'/:fairId/counters',
		{
			config: { access: 'public' },
			schema: {
				tags,
				operationId: 'getFairCounters',
				summary: '招聘会大厅的实时数字（不用 JavaScript 时刷新页面读取）',
				params: FairParamsSchema,
				response: { 200: FairCountersSchema },
			},
		},
		(req) => fairs.counters(req.params.fairId),
	);
	app.post(
		'/',
		{
			config: { access: FAIR_ORGANISERS },
			schema: {
				tags,
				operationId: 'createFair',
				summary: '新建招聘会（草稿）',
				body: FairInputSchema,
				response: { 201: FairSchema },
			},
		},
		async (req, reply) => reply.code(201).send(await fairs.create(req.body)),
	);
	app.put(
		'/:fairId',
		{
			config: { access: FAIR_ORGANISERS },
			schema: {
				tags,
				operationId: 'updateFair',
				summary: '修改招聘会',
				params: FairParamsSchema,
				body: FairInputSchema,
				response: { 200: FairSchema },
			},
		},
		(req) => fairs.update(req.params.fairId, req.body),
	);
	app.post(
		'/:fairId/state',
		{
			config: { access: FAIR_ORGANISERS },
			schema: {
				tags,
				operationId: 'setFairState',
				summary: '发布、开始或结束招聘会',
				params: FairParamsSchema,
				body: FairStateInputSchema,
				response: { 200: FairSchema },
			},
		},
		(req) => fairs.setState(req.params.fairId, req.body.state),
	);
	app.put(
		'/:fairId/interpreters',
		{
			config: { access: FAIR_ORGANISERS },
			schema: {
				tags,
				operationId: 'setFairInterpreters',
				summary: '招聘会的手语翻译和每人的空闲时间',
				params: FairParamsSchema,
				body: InterpretersInputSchema,
				response: { 200: InterpreterListSchema },
			},
		},
		async (req) => iso(await fairs.setInterpreters(req.params.fairId, req.body.interpreters)),
	);
	await app.register(boothsRoutes);
	await app.register(fairSeekersRoutes);
	await app.register(boothRepsRoutes);
	await app.register(bookingLinkRoutes);
	await app.register(allocationRoutes);
	await app.register(reportRoutes);
	await app.register(followUpRoutes);
};
