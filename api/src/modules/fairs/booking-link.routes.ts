import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
	BookingLinkInputSchema,
	BookingLinkSchema,
	BookingParamsSchema,
	EMPLOYERS,
} from '@ronghe/contracts';
import { signedIn } from '../../plugins/auth.js';

/** How a booked interview takes place, set by the booth's reps (issue 14 §3: phone or video). */
export const bookingLinkRoutes: FastifyPluginAsyncZod = async (app) => {
	const { boothReps } = app.services;
	app.put(
		'/:fairId/booths/:boothId/bookings/:bookingId/link',
		{
			config: { access: EMPLOYERS },
			schema: {
				tags: ['fairs'],
				operationId: 'setBookingLink',
				summary: '填写面试的电话或视频会议（可以不填）；有变化时告诉求职者',
				params: BookingParamsSchema,
				body: BookingLinkInputSchema,
				response: { 200: BookingLinkSchema },
			},
		},
		(req) => {
			const { fairId, boothId, bookingId } = req.params;
			return boothReps.setLink(signedIn(req), fairId, boothId, bookingId, req.body.link);
		},
	);
};
