import {
	CandidateMatchListSchema,
	PersonalisationBodySchema,
	RecommendationCheckSchema,
	RecommendationListSchema,
} from '@ronghe/contracts';
import type { Transport } from './transport';

/** Recommendations with their reasons, why-not, the personalisation switch, and candidates. */
export function matchingApi({ get, put }: Transport) {
	return {
		matching: {
			mine: (limit = 20) => get(`/api/me/recommendations?limit=${limit}`, RecommendationListSchema),
			check: (postingId: string) =>
				get(`/api/me/recommendations/${encodeURIComponent(postingId)}`, RecommendationCheckSchema),
			setPersonalised: (personalised: boolean) =>
				put('/api/me/personalisation', PersonalisationBodySchema, { personalised }),
			forPerson: (personId: string, limit = 20) =>
				get(
					`/api/people/${encodeURIComponent(personId)}/recommendations?limit=${limit}`,
					RecommendationListSchema,
				),
			candidates: (postingId: string, limit = 50) =>
				get(
					`/api/employer/postings/${encodeURIComponent(postingId)}/candidates?limit=${limit}`,
					CandidateMatchListSchema,
				),
		},
	};
}
