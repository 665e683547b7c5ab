import { ChatMessageListSchema, ChatMessageSchema } from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

const chat = (fairId: string, entryId: string) =>
	`/api/fairs/${encodeId(fairId)}/chats/${encodeId(entryId)}`;

/**
 * The text chat of a booth's queue entry (issue 14 §4), for the seeker of the entry and the
 * booth's reps alike. The browser follows new messages on the stream itself
 * (`…/chats/{entryId}/stream`); the server reads and sends.
 */
export function fairChatApi({ get, post }: Transport) {
	return {
		fairChat: {
			messages: (fairId: string, entryId: string) =>
				get(`${chat(fairId, entryId)}/messages`, ChatMessageListSchema),
			send: (fairId: string, entryId: string, body: string) =>
				post(`${chat(fairId, entryId)}/messages`, ChatMessageSchema, { body }),
		},
	};
}
