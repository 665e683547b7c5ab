import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FairLiveStreamResponse, FairParamsSchema } from '@ronghe/contracts';
import type { AuthUser } from '../../auth/auth.service.js';
import type { Lobby } from './lobby.js';
import type { SseStreams } from './sse.js';

export type LobbyRouteOptions = {
	lobby: Lobby;
	streams: SseStreams;
	/** Counts a signed-in seeker online while the stream is open; returns `stop`. */
	presence: (user: AuthUser, fairId: string) => () => void;
};

/** The fair lobby's live counters as server-sent events. */
export const lobbyRoutes: FastifyPluginAsyncZod<LobbyRouteOptions> = async (app, opts) => {
	const { lobby, streams, presence } = opts;
	app.get(
		'/:fairId/live',
		{
			config: { access: 'public' },
			// the stream is written past the onSend hooks; nothing may gather it to compress it
			compress: false,
			// a HEAD request would hold an empty stream open
			exposeHeadRoute: false,
			schema: {
				tags: ['fairs'],
				operationId: 'streamFairLive',
				summary: '招聘会大厅的实时数字（事件流）：连接后立即发送一次，之后每次变化时发送',
				params: FairParamsSchema,
				response: { 200: FairLiveStreamResponse },
			},
		},
		async (req, reply) => {
			const stream = streams.prepare(req, reply);
			stream.onClose(await lobby.join(req.params.fairId, stream));
			if (req.user?.role === 'seeker') stream.onClose(presence(req.user, req.params.fairId));
			stream.start();
		},
	);
};
