import { z } from 'zod';
import {
	AllocationConfirmResultSchema,
	AllocationProposalSchema,
	BookingLinkSchema,
	BookingSchema,
	BoothResultSchema,
	FairCountersSchema,
	FairDetailSchema,
	FairSchema,
	InterpreterListSchema,
	InterviewRequestsSchema,
	QueuePlaceSchema,
	RegistrationSchema,
	SlotListSchema,
	WorkspaceSchema,
	type FairState,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

const fairPath = (id: string) => `/api/fairs/${encodeId(id)}`;
const booth = (id: string, boothId: string) => `${fairPath(id)}/booths/${encodeId(boothId)}`;
const entry = (id: string, entryId: string) => `${fairPath(id)}/queue/${encodeId(entryId)}`;
const none = z.undefined();

/** Fairs (issue 14): the public page, seekers, booths and their reps, and the organisers. */
export function fairsApi({ get, post, put, del }: Transport) {
	return {
		fair: {
			get: (id: string) => get(fairPath(id), FairDetailSchema),
			counters: (id: string) => get(`${fairPath(id)}/counters`, FairCountersSchema),
			create: (body: unknown) => post('/api/fairs', FairSchema, body),
			update: (id: string, body: unknown) => put(fairPath(id), FairSchema, body),
			setState: (id: string, state: FairState) =>
				post(`${fairPath(id)}/state`, FairSchema, { state }),
			setInterpreters: (id: string, body: unknown) =>
				put(`${fairPath(id)}/interpreters`, InterpreterListSchema, body),
			applyBooth: (id: string, body: unknown) =>
				post(`${fairPath(id)}/booths`, BoothResultSchema, body),
			decideBooth: (id: string, boothId: string, body: unknown) =>
				post(`${booth(id, boothId)}/decision`, BoothResultSchema, body),
			register: (id: string, body: unknown) =>
				post(`${fairPath(id)}/registrations`, RegistrationSchema, body),
			interviewRequests: (id: string) =>
				get(`${fairPath(id)}/interview-requests`, InterviewRequestsSchema),
			setInterviewRequests: (id: string, boothIds: string[]) =>
				put(`${fairPath(id)}/interview-requests`, InterviewRequestsSchema, { boothIds }),
			joinQueue: (id: string, boothId: string) =>
				post(`${booth(id, boothId)}/queue`, QueuePlaceSchema),
			queuePlace: (id: string, boothId: string) =>
				get(`${booth(id, boothId)}/queue`, QueuePlaceSchema.nullable()),
			leaveQueue: (id: string, boothId: string) => del(`${booth(id, boothId)}/queue`),
			slots: (id: string, boothId: string) => get(`${booth(id, boothId)}/slots`, SlotListSchema),
			book: (id: string, slotId: string) =>
				post(`${fairPath(id)}/bookings`, BookingSchema, { slotId }),
			workspace: (id: string, boothId: string) =>
				get(`${booth(id, boothId)}/workspace`, WorkspaceSchema),
			accept: (id: string, entryId: string) => post(`${entry(id, entryId)}/accept`, none),
			end: (id: string, entryId: string) => post(`${entry(id, entryId)}/end`, none),
			handoff: (id: string, entryId: string, toUserId: string) =>
				post(`${entry(id, entryId)}/handoff`, none, { toUserId }),
			saveContact: (id: string, boothId: string, personId: string, body: unknown) =>
				put(`${booth(id, boothId)}/contacts/${encodeId(personId)}`, none, body),
			intention: (id: string, boothId: string, personId: string, postingId: string) =>
				post(
					`${booth(id, boothId)}/contacts/${encodeId(personId)}/intention`,
					z.object({ applicationId: z.string() }),
					{ postingId },
				),
			invite: (id: string, boothId: string, personId: string, slotId: string) =>
				post(`${booth(id, boothId)}/invitations`, BookingSchema, { personId, slotId }),
			setBookingLink: (id: string, boothId: string, bookingId: string, link: string) =>
				put(`${booth(id, boothId)}/bookings/${encodeId(bookingId)}/link`, BookingLinkSchema, {
					link,
				}),
			allocate: (id: string) => post(`${fairPath(id)}/allocation`, AllocationProposalSchema),
			confirmAllocation: (id: string, body: unknown) =>
				post(`${fairPath(id)}/allocation/confirm`, AllocationConfirmResultSchema, body),
		},
	};
}
