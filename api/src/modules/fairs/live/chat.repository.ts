import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '@ronghe/db';
import { fairBoothReps, fairBooths, fairChatMessages, fairQueueEntries } from '@ronghe/db/schema';

export type ChatRepository = ReturnType<typeof createChatRepository>;
export type ChatRow = typeof fairChatMessages.$inferSelect;

/** Booth chats: the queue entry a chat belongs to, its reps, and its messages. */
export function createChatRepository() {
	return {
		entry: async (db: Db, entryId: string) =>
			(
				await db
					.select({
						id: fairQueueEntries.id,
						personId: fairQueueEntries.personId,
						boothId: fairQueueEntries.boothId,
						status: fairQueueEntries.status,
						fairId: fairBooths.fairId,
					})
					.from(fairQueueEntries)
					.innerJoin(fairBooths, eq(fairBooths.id, fairQueueEntries.boothId))
					.where(eq(fairQueueEntries.id, entryId))
			)[0],
		isRep: async (db: Db, boothId: string, userId: string) =>
			(
				await db
					.select({ userId: fairBoothReps.userId })
					.from(fairBoothReps)
					.where(and(eq(fairBoothReps.boothId, boothId), eq(fairBoothReps.userId, userId)))
			).length > 0,
		/** A chat's messages in order, all of them or those written at or after `from`. */
		messages: (db: Db, entryId: string, from?: Date) =>
			db
				.select()
				.from(fairChatMessages)
				.where(
					and(
						eq(fairChatMessages.entryId, entryId),
						from ? gte(fairChatMessages.at, from) : undefined,
					),
				)
				.orderBy(asc(fairChatMessages.at), asc(fairChatMessages.id)),
		message: async (db: Db, entryId: string, id: string) =>
			(
				await db
					.select()
					.from(fairChatMessages)
					.where(and(eq(fairChatMessages.entryId, entryId), eq(fairChatMessages.id, id)))
			)[0],
		/**
		 * Adds a message only while the chat is open, in one statement: a rep who ends the chat
		 * at the same moment cannot have a message slip in after the end.
		 */
		insertIfOpen: async (
			db: Db,
			v: { entryId: string; fromRep: boolean; userId: string; body: string },
		): Promise<ChatRow | undefined> =>
			(
				await db
					.insert(fairChatMessages)
					// every column, in the table's order (id, entry, side, author, body, time)
					.select(
						sql`select gen_random_uuid(), q.id, ${v.fromRep ? 1 : 0}::int, ${v.userId}::uuid, ${v.body}::text, now()
						from ${fairQueueEntries} q where q.id = ${v.entryId} and q.status = 'chatting'`,
					)
					.returning()
			)[0],
		/** Messages from `from` on, each marked whether it comes after message `lastId`. */
		messagesAfter: (db: Db, entryId: string, lastId: string, from: Date) =>
			db
				.select({
					row: fairChatMessages,
					after: sql<boolean>`(${fairChatMessages.at}, ${fairChatMessages.id}) > (select m.at, m.id from ${fairChatMessages} m where m.id = ${lastId})`,
				})
				.from(fairChatMessages)
				.where(and(eq(fairChatMessages.entryId, entryId), gte(fairChatMessages.at, from)))
				.orderBy(asc(fairChatMessages.at), asc(fairChatMessages.id)),
	};
}
