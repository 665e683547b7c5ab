import {
	CertificateListSchema,
	FamilyIdNumberSchema,
	PendingVerificationsSchema,
	PriorityRecordsSchema,
	type CertificateBody,
	type FamilyMemberBody,
	type PriorityStatusBody,
	type VerificationDecisionBody,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

/** `/api/me/…` for the seeker, `/api/people/:id/…` for staff acting for a person. */
const base = (personId?: string) => (personId ? `/api/people/${encodeId(personId)}` : '/api/me');
export type PriorityEntry = 'statuses' | 'family';

/** Priority statuses, family members and certificates of a seeker (issue 13 §1). */
export function priorityApi({ get, post, del }: Transport) {
	return {
		priority: {
			get: (personId?: string) => get(`${base(personId)}/priority`, PriorityRecordsSchema),
			addStatus: (body: PriorityStatusBody, personId?: string) =>
				post(`${base(personId)}/priority/statuses`, PriorityRecordsSchema, body),
			addFamily: (body: FamilyMemberBody, personId?: string) =>
				post(`${base(personId)}/priority/family`, PriorityRecordsSchema, body),
			remove: (entry: PriorityEntry, id: string, personId?: string) =>
				del(`${base(personId)}/priority/${entry}/${encodeId(id)}`),
			decide: (
				personId: string,
				entry: PriorityEntry,
				id: string,
				body: VerificationDecisionBody,
			) =>
				post(
					`${base(personId)}/priority/${entry}/${encodeId(id)}/decision`,
					PriorityRecordsSchema,
					body,
				),
			unmaskFamily: (personId: string, id: string) =>
				post(`${base(personId)}/priority/family/${encodeId(id)}/unmask`, FamilyIdNumberSchema),
			pending: () => get('/api/priority/pending', PendingVerificationsSchema),
		},
		certificates: {
			list: (personId?: string) => get(`${base(personId)}/certificates`, CertificateListSchema),
			add: (body: CertificateBody, personId?: string) =>
				post(`${base(personId)}/certificates`, CertificateListSchema, body),
			remove: (id: string, personId?: string) =>
				del(`${base(personId)}/certificates/${encodeId(id)}`),
		},
	};
}
