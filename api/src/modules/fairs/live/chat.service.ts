import type { ChatMessage, ChatMessageList } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { ConflictError, NotFoundError } from '../../../errors.js';
import type { AuthUser } from '../../auth/auth.service.js';
import type { ChatRepository, ChatRow } from './chat.repository.js';
import { CHAT_CHANNEL, type Doorbell } from './doorbell.js';

type Deps = {
	db: Db;
	repo: ChatRepository;
	doorbell: Doorbell;
	onError?: (err: unknown) => void;
};
export type ChatService = ReturnType<typeof createChatService>;

/**
 * A message's time is its transaction's start, so one that started earlier may commit just
 * after a later one was read. A stream therefore reads a little before its last message and
 * skips what it already sent.
 */
const LOOKBACK_MS = 10_000;

const toMessage = (r: ChatRow): ChatMessage => ({
	id: r.id,
	entryId: r.entryId,
	fromRep: r.fromRep === 1,
	body: r.body,
	at: r.at.toISOString(),
});

/**
 * The text chat of one queue entry, between the seeker whose entry it is and the reps of the
 * booth. Nobody else learns that it exists (404). Message bodies are personal data: they go to
 * the two sides and the table, never to a log.
 */
export function createChatService({ db, repo, doorbell, onError = () => {} }: Deps) {
	async function side(user: AuthUser, fairId: string, entryId: string) {
		const entry = await repo.entry(db, entryId);
		if (entry && entry.fairId === fairId) {
			if (user.role === 'seeker' && user.personId && user.personId === entry.personId)
				return { entry, fromRep: false };
			if (user.role === 'employer' && (await repo.isRep(db, entry.boothId, user.id)))
				return { entry, fromRep: true };
		}
		throw new NotFoundError('chat');
	}

	function closed(status: string, fromRep: boolean) {
		if (status !== 'waiting')
			return new ConflictError('chat_closed', '这次交流已经结束，不能再发消息了。');
		return fromRep
			? new ConflictError('chat_not_started', '请先接待这位求职者，再发消息。')
			: new ConflictError('chat_not_started', '还没轮到您，请等单位接待后再发消息。');
	}

	/** What one stream has delivered: messages since its cursor that it has not sent yet. */
	function feed(entryId: string) {
		let cursor = 0;
		const sent = new Map<string, number>();
		const take = (rows: ChatRow[]) => {
			const fresh = rows.filter((r) => !sent.has(r.id));
			for (const r of fresh) {
				sent.set(r.id, r.at.getTime());
				cursor = Math.max(cursor, r.at.getTime());
			}
			for (const [id, at] of sent) if (at < cursor - LOOKBACK_MS) sent.delete(id);
			return fresh.map(toMessage);
		};
		return {
			/** The messages after `lastId` (Last-Event-ID), or all of them on a first connection. */
			async resume(lastId: string | undefined) {
				const last = lastId ? await repo.message(db, entryId, lastId) : undefined;
				if (!last) return take(await repo.messages(db, entryId));
				const from = new Date(last.at.getTime() - LOOKBACK_MS);
				const rows = await repo.messagesAfter(db, entryId, last.id, from);
				take(rows.filter((r) => !r.after).map((r) => r.row));
				return take(rows.filter((r) => r.after).map((r) => r.row));
			},
			next: async () =>
				take(await repo.messages(db, entryId, cursor ? new Date(cursor - LOOKBACK_MS) : undefined)),
		};
	}

	return {
		async list(user: AuthUser, fairId: string, entryId: string): Promise<ChatMessageList> {
			await side(user, fairId, entryId);
			return { items: (await repo.messages(db, entryId)).map(toMessage) };
		},

		async post(user: AuthUser, fairId: string, entryId: string, body: string) {
			const { entry, fromRep } = await side(user, fairId, entryId);
			if (entry.status !== 'chatting') throw closed(entry.status, fromRep);
			const row = await repo.insertIfOpen(db, { entryId, fromRep, userId: user.id, body });
			// the chat ended between the check and the insert
			if (!row) throw closed('done', fromRep);
			return toMessage(row);
		},

		/**
		 * Follows a chat: `onMessages` gets what `lastId` missed (everything on a first
		 * connection), then each new message after a ring. Reads run one at a time, so messages
		 * arrive in order. Resolves once following (or throws 404); returns `stop`.
		 */
		async follow(
			user: AuthUser,
			fairId: string,
			entryId: string,
			lastId: string | undefined,
			onMessages: (messages: ChatMessage[]) => void,
		): Promise<() => void> {
			await side(user, fairId, entryId);
			const f = feed(entryId);
			let chain = Promise.resolve();
			let queued = false;
			let stopped = false;
			const pump = () => {
				if (queued) return;
				queued = true;
				chain = chain
					.then(async () => {
						queued = false;
						if (stopped) return;
						const messages = await f.next();
						if (messages.length && !stopped) onMessages(messages);
					})
					.catch(onError);
			};
			// subscribed before the first read; rings during it make one more read after it
			let resumed = false;
			let missed = false;
			const unsubscribe = await doorbell.subscribe(CHAT_CHANNEL, entryId, () => {
				if (resumed) pump();
				else missed = true;
			});
			try {
				const first = await f.resume(lastId);
				if (first.length) onMessages(first);
			} catch (err) {
				unsubscribe();
				throw err;
			}
			resumed = true;
			if (missed) pump();
			return () => {
				stopped = true;
				unsubscribe();
			};
		},
	};
}
