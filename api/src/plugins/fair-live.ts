import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { LIVE_HEARTBEAT_MS, LIVE_RETRY_MS } from '@ronghe/contracts';
import type { Db } from '@ronghe/db';
import { createChatRepository } from '../modules/fairs/live/chat.repository.js';
import { chatRoutes } from '../modules/fairs/live/chat.routes.js';
import { createChatService } from '../modules/fairs/live/chat.service.js';
import { createDoorbell, type Listen } from '../modules/fairs/live/doorbell.js';
import { createLobby, keepSeen } from '../modules/fairs/live/lobby.js';
import { lobbyRoutes } from '../modules/fairs/live/lobby.routes.js';
import { createSseStreams } from '../modules/fairs/live/sse.js';

export type FairLiveOptions = {
	db: Db;
	/** The database's LISTEN; without it the doorbell polls once a second. */
	listen?: Listen | undefined;
	/** How often a seeker with the lobby open is marked seen (default 60 s). */
	seenEveryMs?: number;
};

/**
 * The live layer of fairs (docs/fairs.md, "Live lobby and chat"): the doorbell on the
 * database's LISTEN, the lobby's shared counter snapshots, the booth chats, and their event
 * streams, under the prefix it is registered with (/api/fairs). Not fastify-plugin-wrapped: its
 * routes take the prefix and the /api scope's hooks (helmet, no-store), and its hooks end its own
 * streams when the app closes.
 */
export const fairLivePlugin: FastifyPluginAsyncZod<FairLiveOptions> = async (app, opts) => {
	const onError = (err: unknown) => app.log.error({ err }, 'fair live layer');
	const doorbell = createDoorbell({ listen: opts.listen, onError });
	const streams = createSseStreams({ heartbeatMs: LIVE_HEARTBEAT_MS, retryMs: LIVE_RETRY_MS });
	const { fairs, fairSeekers } = app.services;
	const lobby = createLobby({ doorbell, counters: (id) => fairs.counters(id), onError });
	const chat = createChatService({ db: opts.db, repo: createChatRepository(), doorbell, onError });
	const seenEveryMs = opts.seenEveryMs ?? 60_000;

	// open streams would keep server.close() waiting for ever; browsers reconnect elsewhere
	app.addHook('preClose', async () => streams.endAll());
	app.addHook('onClose', async () => {
		streams.stop();
		lobby.close();
		await doorbell.close();
	});

	await app.register(lobbyRoutes, {
		lobby,
		streams,
		presence: (user, fairId) =>
			keepSeen(() => fairSeekers.seen(user, fairId), seenEveryMs, onError),
	});
	await app.register(chatRoutes, { chat, streams });
};
