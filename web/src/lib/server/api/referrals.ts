import {
	GraduateListSchema,
	GraduateSchema,
	PersonReferralListSchema,
	ReferralListSchema,
	ReferralSchema,
	ReferralUpdateResultSchema,
	type GraduateInput,
	type ReferralInput,
	type ReferralUpdateInput,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

const referral = (id: string) => `/api/referrals/${encodeId(id)}`;
const graduate = (id: string) => `/api/graduates/${encodeId(id)}`;

/** 转介 and the 残疾人大学生 list (issue 15 §3). */
export function referralsApi({ get, post, put, del }: Transport) {
	return {
		referrals: {
			list: (query: { status?: string; to?: string; page?: number } = {}) =>
				get('/api/referrals', ReferralListSchema, query),
			forPerson: (personId: string) =>
				get(`/api/people/${encodeId(personId)}/referrals`, PersonReferralListSchema),
			get: (id: string) => get(referral(id), ReferralSchema),
			create: (body: ReferralInput) => post('/api/referrals', ReferralSchema, body),
			update: (id: string, body: ReferralUpdateInput) =>
				post(`${referral(id)}/updates`, ReferralUpdateResultSchema, body),
		},
		graduates: {
			list: (query: { year?: number; status?: string; page?: number } = {}) =>
				get('/api/graduates', GraduateListSchema, query),
			get: (id: string) => get(graduate(id), GraduateSchema),
			create: (body: GraduateInput) => post('/api/graduates', GraduateSchema, body),
			update: (id: string, body: Omit<GraduateInput, 'personId'>) =>
				put(graduate(id), GraduateSchema, body),
			remove: (id: string) => del(graduate(id)),
		},
	};
}
