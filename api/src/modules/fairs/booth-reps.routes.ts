import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
	BookingSchema,
	BoothParamsSchema,
	ContactInputSchema,
	ContactParamsSchema,
	EMPLOYERS,
	EntryParamsSchema,
	HandoffInputSchema,
	IntentionInputSchema,
	InviteInputSchema,
	WorkspaceSchema,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';

const tags = ['fairs'];
const done = z.null();

/** The reps' workspace at a booth (only the HR accounts named as its reps). */
export const boothRepsRoutes: FastifyPluginAsyncZod = async (app) => {
	const { boothReps } = app.services;
	const config = { access: EMPLOYERS };
	app.get(
		'/:fairId/booths/:boothId/workspace',
		{
			config,
			schema: {
				tags,
				operationId: 'getBoothWorkspace',
				summary: '展位接待：排队的求职者和他们的需求、已见过的求职者、已约的面试',
				params: BoothParamsSchema,
				response: { 200: WorkspaceSchema },
			},
		},
		(req) => boothReps.workspace(signedIn(req), req.params.fairId, req.params.boothId),
	);
	for (const [action, summary] of [
		['accept', '接待排在队里的求职者，开始文字交流'],
		['end', '结束这次交流'],
	] as const)
		app.post(
			`/:fairId/queue/:entryId/${action}`,
			{
				config,
				schema: {
					tags,
					operationId: action === 'accept' ? 'acceptQueueEntry' : 'endQueueEntry',
					summary,
					params: EntryParamsSchema,
					response: { 204: done },
				},
			},
			async (req, reply) => {
				await boothReps[action](signedIn(req), req.params.fairId, req.params.entryId);
				return reply.code(204).send(null);
			},
		);
	app.post(
		'/:fairId/queue/:entryId/handoff',
		{
			config,
			schema: {
				tags,
				operationId: 'handOffQueueEntry',
				summary: '把正在交流的求职者转给展位的另一位接待人员',
				params: EntryParamsSchema,
				body: HandoffInputSchema,
				response: { 204: done },
			},
		},
		async (req, reply) => {
			const { fairId, entryId } = req.params;
			await boothReps.handoff(signedIn(req), fairId, entryId, req.body.toUserId);
			return reply.code(204).send(null);
		},
	);
	app.put(
		'/:fairId/booths/:boothId/contacts/:personId',
		{
			config,
			schema: {
				tags,
				operationId: 'saveBoothContact',
				summary: '记下对求职者的备注、评分和意向（只有本单位能看到）',
				params: ContactParamsSchema,
				body: ContactInputSchema,
				response: { 204: done },
			},
		},
		async (req, reply) => {
			const { fairId, boothId, personId } = req.params;
			await boothReps.saveContact(signedIn(req), fairId, boothId, personId, req.body);
			return reply.code(204).send(null);
		},
	);
	app.post(
		'/:fairId/booths/:boothId/contacts/:personId/intention',
		{
			config,
			schema: {
				tags,
				operationId: 'recordIntention',
				summary: '记录达成就业意向（求职者的投递改为“录用意向”，并通知求职者）',
				params: ContactParamsSchema,
				body: IntentionInputSchema,
				response: { 200: z.object({ applicationId: z.uuid() }) },
			},
		},
		(req) => {
			const { fairId, boothId, personId } = req.params;
			return boothReps.intention(signedIn(req), fairId, boothId, personId, req.body.postingId);
		},
	);
	app.post(
		'/:fairId/booths/:boothId/invitations',
		{
			config,
			schema: {
				tags,
				operationId: 'inviteToInterview',
				summary: '邀请见过的求职者在某个时段面试（需要手语翻译的同时安排翻译）',
				params: BoothParamsSchema,
				body: InviteInputSchema,
				response: { 201: BookingSchema },
			},
		},
		async (req, reply) => {
			const { fairId, boothId } = req.params;
			const { personId, slotId } = req.body;
			return reply
				.code(201)
				.send(await boothReps.invite(signedIn(req), fairId, boothId, personId, slotId));
		},
	);
};
