import { z } from 'zod';
import {
	ApplicationCountsSchema,
	ApplyResultSchema,
	EmployerApplicationListSchema,
	EmployerApplicationSchema,
	InvitationListSchema,
	InvitationSchema,
	MyApplicationListSchema,
	RosterProposalListSchema,
	type ApplicationStatusBody,
	type ApplyBody,
	type InvitationBody,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

/** Applications and invitations, from both sides, and the roster proposals a hire makes. */
export function applicationsApi({ get, post, postOnce }: Transport) {
	const id = encodeId;
	return {
		applications: {
			apply: (postingId: string, body: ApplyBody, key: string) =>
				postOnce(`/api/postings/${id(postingId)}/applications`, ApplyResultSchema, body, key),
			/** Staff acting for a seeker (代办). */
			applyFor: (personId: string, postingId: string, body: ApplyBody, key: string) =>
				postOnce(
					`/api/people/${id(personId)}/postings/${id(postingId)}/applications`,
					ApplyResultSchema,
					body,
					key,
				),
			mine: () => get('/api/me/applications', MyApplicationListSchema),
			withdraw: (appId: string) =>
				post(`/api/me/applications/${id(appId)}/withdraw`, ApplyResultSchema),
			forPosting: (postingId: string) =>
				get(`/api/employer/postings/${id(postingId)}/applications`, EmployerApplicationListSchema),
			open: (appId: string) =>
				get(`/api/employer/applications/${id(appId)}`, EmployerApplicationSchema),
			setStatus: (appId: string, body: ApplicationStatusBody) =>
				post(`/api/employer/applications/${id(appId)}/status`, EmployerApplicationSchema, body),
			counts: () => get('/api/applications/counts', ApplicationCountsSchema),
		},
		invitations: {
			mine: () => get('/api/me/invitations', InvitationListSchema),
			answer: (invId: string, verb: 'accept' | 'decline') =>
				post(`/api/me/invitations/${id(invId)}/${verb}`, InvitationSchema),
			send: (body: InvitationBody) =>
				post('/api/employer/invitations', z.object({ id: z.string(), status: z.string() }), body),
		},
		rosterProposals: {
			list: (year: number) =>
				get(`/api/employer/quota/${year}/roster-proposals`, RosterProposalListSchema),
			decide: (appId: string, verb: 'confirm' | 'dismiss') =>
				post(`/api/employer/roster-proposals/${id(appId)}/${verb}`, z.undefined()),
		},
	};
}
