import { z } from 'zod';
import { UuidSchema } from './common.js';

/*
 * The live layer of a fair (issue 14 §3 and §6): the lobby's stream of counter snapshots and the
 * text chat between a seeker and a booth's reps. Streams are server-sent events (SSE).
 */

/** How long a browser waits before it reconnects a dropped stream (the `retry:` field). */
export const LIVE_RETRY_MS = 3000;
/** A comment line on an idle stream this often, so proxies and sockets do not time it out. */
export const LIVE_HEARTBEAT_MS = 15_000;
/** The longest chat message. */
export const CHAT_MESSAGE_MAX = 1000;

export const ChatParamsSchema = z.object({ fairId: UuidSchema, entryId: UuidSchema });

export const ChatMessageInputSchema = z.object({
	body: z
		.string({ error: '请输入要发送的消息。' })
		.trim()
		.min(1, '请输入要发送的消息。')
		.max(CHAT_MESSAGE_MAX, `一条消息最多 ${CHAT_MESSAGE_MAX} 个字，请分几条发送。`),
});
export type ChatMessageInput = z.input<typeof ChatMessageInputSchema>;

/** One chat message; `fromRep` tells the two sides apart (the seeker's own or the booth's). */
export const ChatMessageSchema = z.object({
	id: z.uuid(),
	entryId: z.uuid(),
	fromRep: z.boolean(),
	body: z.string(),
	at: z.iso.datetime({ offset: true }),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const ChatMessageListSchema = z.object({ items: z.array(ChatMessageSchema) });
export type ChatMessageList = z.infer<typeof ChatMessageListSchema>;

/** A reconnecting EventSource sends the id of the last message it received. */
export const ChatStreamHeadersSchema = z.object({
	'last-event-id': z.uuid({ error: 'Last-Event-ID 应是消息编号。' }).optional(),
});

const eventStream = (description: string) => ({
	description,
	content: { 'text/event-stream': { schema: z.string() } },
});

/** The lobby stream: `event: counters` with a FairCounters JSON, at once and after each change. */
export const FairLiveStreamResponse = eventStream(
	'事件流（text/event-stream）：连接后立即发送一次 `event: counters`（数据是 FairCounters 的 JSON），之后每当数字变化时再发送；每 15 秒一行注释保持连接。',
);

/** The chat stream: `event: message` with a ChatMessage JSON and the message id as event id. */
export const ChatStreamResponse = eventStream(
	'事件流（text/event-stream）：每条新消息一个 `event: message`（数据是 ChatMessage 的 JSON，id 是消息编号）；带 Last-Event-ID 重新连接时补发之后的消息。',
);
