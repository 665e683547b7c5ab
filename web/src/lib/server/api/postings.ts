import {
	EmployerPostingListSchema,
	EmployerPostingSchema,
	FairListSchema,
	MarkedReadSchema,
	NotificationListSchema,
	NotificationSchema,
	OccupationListSchema,
	PostingListSchema,
	PostingSchema,
	RetriedSchema,
	ReviewQueueSchema,
	SavedSearchListSchema,
	SavedSearchSchema,
	SearchStatusSchema,
	UnreadCountSchema,
	type CreateSavedSearchBody,
	type PostingDraftBody,
	type PostingListQuery,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

const own = (id: string) => `/api/employer/postings/${encodeId(id)}`;
const review = (id: string) => `/api/reviews/postings/${encodeId(id)}`;

/** Postings, their review, search, fairs and the seeker's alerts. */
export function postingsApi({ get, post, put, del }: Transport) {
	return {
		postings: {
			list: (query: Partial<PostingListQuery> = {}) =>
				get('/api/postings', PostingListSchema, query),
			get: (postingId: string) =>
				get(`/api/postings/${encodeURIComponent(postingId)}`, PostingSchema),
		},
		fairs: { list: () => get('/api/fairs', FairListSchema) },
		occupations: { list: () => get('/api/occupations', OccupationListSchema) },
		employerPostings: {
			list: () => get('/api/employer/postings', EmployerPostingListSchema),
			get: (id: string) => get(own(id), EmployerPostingSchema),
			create: (body: PostingDraftBody) =>
				post('/api/employer/postings', EmployerPostingSchema, body),
			update: (id: string, body: PostingDraftBody) => put(own(id), EmployerPostingSchema, body),
			act: (id: string, action: 'submit' | 'withdraw' | 'close' | 'fill') =>
				post(`${own(id)}/${action}`, EmployerPostingSchema),
		},
		reviews: {
			queue: (query: { page: number; pageSize?: number }) =>
				get('/api/reviews/postings', ReviewQueueSchema, query),
			get: (id: string) => get(review(id), EmployerPostingSchema),
			approve: (id: string) => post(`${review(id)}/approve`, EmployerPostingSchema),
			return: (id: string, reason: string) =>
				post(`${review(id)}/return`, EmployerPostingSchema, { reason }),
		},
		alerts: {
			listSaved: () => get('/api/me/saved-searches', SavedSearchListSchema),
			createSaved: (body: CreateSavedSearchBody) =>
				post('/api/me/saved-searches', SavedSearchSchema, body),
			deleteSaved: (id: string) => del(`/api/me/saved-searches/${encodeURIComponent(id)}`),
			notifications: (query: { page?: number; unread?: '1' } = {}) =>
				get('/api/me/notifications', NotificationListSchema, query),
			unreadCount: () => get('/api/me/notifications/unread-count', UnreadCountSchema),
			markRead: (id: string) =>
				post(`/api/me/notifications/${encodeURIComponent(id)}/read`, NotificationSchema),
			markAllRead: () => post('/api/me/notifications/read-all', MarkedReadSchema),
		},
		searchSync: {
			status: () => get('/api/search/status', SearchStatusSchema),
			retryFailed: () => post('/api/search/retry-failed', RetriedSchema),
		},
	};
}
