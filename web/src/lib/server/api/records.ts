import {
	EmploymentHistorySchema,
	PlacementCandidateListSchema,
	PlacementListSchema,
	PlacementSchema,
	PlacementTermSchema,
	type EmploymentRecordInput,
	type PlacementEndInput,
	type PlacementInput,
	type SubsidyInput,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

const placement = (id: string) => `/api/public-welfare/placements/${encodeId(id)}`;

/**
 * 实名制 records kept by staff: a person's employment history (issue 15 §2) and 公益性岗位
 * placements with their monthly subsidies (issue 15 §4).
 */
export function recordsApi({ get, post, put }: Transport) {
	return {
		employment: {
			history: (personId: string) =>
				get(`/api/people/${encodeId(personId)}/employment`, EmploymentHistorySchema),
			record: (personId: string, body: EmploymentRecordInput) =>
				post(`/api/people/${encodeId(personId)}/employment`, EmploymentHistorySchema, body),
		},
		placements: {
			list: (query: { view?: 'active' | 'ending' | 'ended'; page?: number } = {}) =>
				get('/api/public-welfare/placements', PlacementListSchema, query),
			get: (id: string) => get(placement(id), PlacementSchema),
			create: (body: PlacementInput) =>
				post('/api/public-welfare/placements', PlacementSchema, body),
			term: (query: { personId: string; familyMemberId?: string | undefined; start: string }) =>
				get('/api/public-welfare/term', PlacementTermSchema, query),
			candidates: (query: { township?: string; page?: number } = {}) =>
				get('/api/public-welfare/candidates', PlacementCandidateListSchema, query),
			subsidy: (id: string, month: string, body: SubsidyInput) =>
				put(`${placement(id)}/subsidies/${encodeId(month)}`, PlacementSchema, body),
			end: (id: string, body: PlacementEndInput) =>
				post(`${placement(id)}/end`, PlacementSchema, body),
		},
	};
}
