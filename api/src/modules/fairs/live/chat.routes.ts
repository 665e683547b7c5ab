import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	ChatMessageInputSchema,
	ChatMessageListSchema,
	ChatMessageSchema,
	ChatParamsSchema,
	ChatStreamHeadersSchema,
	ChatStreamResponse,
	type ChatMessage,
} from '@ronghe/contracts';
import { signedIn } from '../../../plugins/auth.js';
import type { ChatService } from './chat.service.js';
import { sseFrame, type SseStreams } from './sse.js';

const tags = ['fairs'];
// the seeker of the queue entry and the booth's reps; anyone else gets 404 from the service
const config = { access: 'signed-in' } as const;

/** The text chat of a booth's queue entry: its messages, a new one, and the live stream. */
export const chatRoutes: FastifyPluginAsyncZod<{ chat: ChatService; streams: SseStreams }> = async (
	app,
	{ chat, streams },
) => {
	app.get(
		'/:fairId/chats/:entryId/messages',
		{
			config,
			schema: {
				tags,
				operationId: 'listFairChatMessages',
				summary: '展位文字交流的全部消息（先发的在前）；只有这位求职者和展位的接待人员能看',
				params: ChatParamsSchema,
				response: { 200: ChatMessageListSchema },
			},
		},
		(req) => chat.list(signedIn(req), req.params.fairId, req.params.entryId),
	);
	app.post(
		'/:fairId/chats/:entryId/messages',
		{
			config,
			schema: {
				tags,
				operationId: 'postFairChatMessage',
				summary: '发送一条消息（单位接待后、交流结束前）',
				params: ChatParamsSchema,
				body: ChatMessageInputSchema,
				response: { 201: ChatMessageSchema },
			},
		},
		async (req, reply) => {
			const { fairId, entryId } = req.params;
			return reply.code(201).send(await chat.post(signedIn(req), fairId, entryId, req.body.body));
		},
	);
	app.get(
		'/:fairId/chats/:entryId/stream',
		{
			config,
			compress: false,
			// a HEAD request would hold an empty stream open
			exposeHeadRoute: false,
			schema: {
				tags,
				operationId: 'streamFairChat',
				summary: '展位文字交流的新消息（事件流）；断线重连时补发错过的消息',
				params: ChatParamsSchema,
				headers: ChatStreamHeadersSchema,
				response: { 200: ChatStreamResponse },
			},
		},
		async (req, reply) => {
			const { fairId, entryId } = req.params;
			const stream = streams.prepare(req, reply);
			const send = (ms: ChatMessage[]) => {
				for (const m of ms) stream.send(sseFrame('message', JSON.stringify(m), m.id));
			};
			const lastId = req.headers['last-event-id'];
			stream.onClose(await chat.follow(signedIn(req), fairId, entryId, lastId, send));
			stream.start();
		},
	);
};
