import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	BookingInputSchema,
	BookingSchema,
	BoothParamsSchema,
	FairParamsSchema,
	QueuePlaceSchema,
	RegistrationInputSchema,
	RegistrationSchema,
	SEEKERS,
	SlotListSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';

const tags = ['fairs'];

/** A seeker at a fair: registration, chat queues and interview bookings. */
export const fairSeekersRoutes: FastifyPluginAsyncZod = async (app) => {
	const { fairSeekers } = app.services;
	app.post(
		'/:fairId/registrations',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'registerForFair',
				summary: '报名参加招聘会，并说明需要的帮助（手语翻译、字幕等）；重复提交即修改',
				params: FairParamsSchema,
				body: RegistrationInputSchema,
				response: { 201: RegistrationSchema },
			},
		},
		async (req, reply) =>
			reply.code(201).send(await fairSeekers.register(signedIn(req), req.params.fairId, req.body)),
	);
	app.post(
		'/:fairId/booths/:boothId/queue',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'joinBoothQueue',
				summary: '排队和展位文字交流；再次排队（如断线后）保留原来的位置',
				params: BoothParamsSchema,
				response: { 200: QueuePlaceSchema },
			},
		},
		(req) => fairSeekers.join(signedIn(req), req.params.fairId, req.params.boothId),
	);
	app.get(
		'/:fairId/booths/:boothId/queue',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'getBoothQueuePlace',
				summary: '我在这个展位排在第几位（没有排队时为 null）',
				params: BoothParamsSchema,
				response: { 200: QueuePlaceSchema.nullable() },
			},
		},
		(req) => fairSeekers.place(signedIn(req), req.params.fairId, req.params.boothId),
	);
	app.delete(
		'/:fairId/booths/:boothId/queue',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'leaveBoothQueue',
				summary: '不排了，离开队伍',
				params: BoothParamsSchema,
				response: { 204: z.null() },
			},
		},
		async (req, reply) => {
			await fairSeekers.leave(signedIn(req), req.params.fairId, req.params.boothId);
			return reply.code(204).send(null);
		},
	);
	app.get(
		'/:fairId/booths/:boothId/slots',
		{
			config: { access: 'public' },
			schema: {
				tags,
				operationId: 'listBoothSlots',
				summary: '展位的面试时段，free 表示还能预约',
				params: BoothParamsSchema,
				response: { 200: SlotListSchema },
			},
		},
		(req) => fairSeekers.slots(req.params.fairId, req.params.boothId),
	);
	app.post(
		'/:fairId/bookings',
		{
			config: { access: SEEKERS },
			schema: {
				tags,
				operationId: 'bookInterview',
				summary: '预约面试时段；需要手语翻译的，同时安排一位空闲的翻译',
				params: FairParamsSchema,
				body: BookingInputSchema,
				response: { 201: BookingSchema },
			},
		},
		async (req, reply) =>
			reply
				.code(201)
				.send(await fairSeekers.book(signedIn(req), req.params.fairId, req.body.slotId)),
	);
};
