import {
	AuditListSchema,
	CandidateListSchema,
	CandidateSchema,
	ClaimLinkedSchema,
	ConsentListSchema,
	ImportListSchema,
	ImportSchema,
	ImportSummarySchema,
	PersonClaimListSchema,
	PersonListSchema,
	PersonSchema,
	ProfileSchema,
	UnmaskedIdentifiersSchema,
	type AuditQuery,
	type CandidateListQuery,
	type ConsentKind,
	type PersonListQuery,
	type ProfileStep,
	type RegisterPersonBody,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

const person = (personId: string) => `/api/people/${encodeId(personId)}`;

/** The registry, imports, candidates, and a seeker's profile and consents. */
export function peopleApi({ get, post, put, upload }: Transport) {
	return {
		imports: {
			list: (page = 1) => get('/api/people/imports', ImportListSchema, { page, pageSize: 10 }),
			get: (importId: string) =>
				get(`/api/people/imports/${encodeURIComponent(importId)}`, ImportSchema),
			upload: (form: FormData) => upload('/api/people/imports', ImportSummarySchema, form),
		},
		people: {
			list: (query: Partial<PersonListQuery> = {}) => get('/api/people', PersonListSchema, query),
			get: (id: string) => get(`/api/people/${encodeURIComponent(id)}`, PersonSchema),
			register: (body: RegisterPersonBody) => post('/api/people', PersonSchema, body),
			/** New accounts waiting for staff to check this person's papers (sign-up claims). */
			claims: (id: string) =>
				get(`/api/people/${encodeURIComponent(id)}/claims`, PersonClaimListSchema),
			confirmClaim: (id: string, claimId: string) =>
				post(
					`/api/people/${encodeURIComponent(id)}/claims/${encodeURIComponent(claimId)}/confirm`,
					ClaimLinkedSchema,
				),
			unmask: (id: string) =>
				post(`/api/people/${encodeURIComponent(id)}/unmask`, UnmaskedIdentifiersSchema),
		},
		audit: {
			list: (query: Partial<AuditQuery> = {}) => get('/api/audit', AuditListSchema, query),
		},
		candidates: {
			list: (query: Partial<CandidateListQuery> = {}) =>
				get('/api/candidates', CandidateListSchema, query),
			get: (id: string) => get(`/api/candidates/${encodeURIComponent(id)}`, CandidateSchema),
		},
		/** The seeker's own profile, or (with `personId`) staff acting for a seeker (代办). */
		profile: {
			get: (personId?: string) =>
				get(personId ? `${person(personId)}/profile` : '/api/me/profile', ProfileSchema),
			save: (step: ProfileStep, body: unknown, personId?: string) =>
				put(
					`${personId ? `${person(personId)}/profile` : '/api/me/profile'}/${step}`,
					ProfileSchema,
					body,
				),
		},
		consents: {
			list: () => get('/api/me/consents', ConsentListSchema),
			grant: (kind: ConsentKind) => post(`/api/me/consents/${kind}`, ConsentListSchema),
			withdraw: (kind: ConsentKind) => post(`/api/me/consents/${kind}/withdraw`, ConsentListSchema),
		},
	};
}
