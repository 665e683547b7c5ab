import { z } from 'zod';
import {
	AnnualReviewDetailSchema,
	AnnualReviewListSchema,
	DisabledEmployeeSchema,
	RosterSchema,
	UnmaskedCertificateSchema,
	type AnnualReviewListQuery,
	type DecideEmployeeBody,
	type DisabledEmployeeBody,
	type UpdateDisabledEmployeeBody,
	AddedEmployerUserSchema,
	AuditListSchema,
	CandidateListSchema,
	CandidateSchema,
	ConsentListSchema,
	CurrentUserSchema,
	EmployerPostingListSchema,
	EmployerPostingSchema,
	EmployerDetailSchema,
	EmployerListSchema,
	EmployerSchema,
	EmployerSignUpResultSchema,
	EmployerUserListSchema,
	EmployerUserSchema,
	MarkedReadSchema,
	NotificationListSchema,
	NotificationSchema,
	RetriedSchema,
	SavedSearchListSchema,
	SavedSearchSchema,
	SearchStatusSchema,
	UnreadCountSchema,
	FairListSchema,
	HealthSchema,
	ImportListSchema,
	ImportSchema,
	ImportSummarySchema,
	EmployerQuotaSchema,
	LevyEstimateSchema,
	QuotaWhatIfSchema,
	LevyRuleYearsSchema,
	LoginResultSchema,
	OccupationListSchema,
	PersonListSchema,
	PersonSchema,
	PostingListSchema,
	PostingSchema,
	ProblemSchema,
	ReviewQueueSchema,
	ProfileSchema,
	SignedOutSchema,
	TownshipListSchema,
	TrainingCourseListSchema,
	type AddEmployerUserBody,
	UnmaskedIdentifiersSchema,
	type AuditQuery,
	type CandidateListQuery,
	type ChangePasswordBody,
	type EmployerListQuery,
	type EmployerSignUpBody,
	type ConsentKind,
	type CreateSavedSearchBody,
	type LevyEstimateBody,
	type QuotaWhatIfBody,
	type SaveQuotaYearBody,
	type LoginBody,
	type PostingDraftBody,
	type PostingListQuery,
	type Problem,
	type ReviewEmployerBody,
	type UpdateEmployerBody,
	type PersonListQuery,
	type RegisterPersonBody,
	type ProfileStep,
	type SignUpBody,
	DisclosureListSchema,
	DisclosurePreviewSchema,
	DisclosureSchema,
	FiledObjectionSchema,
	LevyRuleListSchema,
	LevyRuleSchema,
	LocalWageListSchema,
	LocalWageSchema,
	ObjectionListSchema,
	ObjectionSchema,
	QuotaAgenciesSchema,
	QuotaOverviewSchema,
	type AnswerObjectionBody,
	type FileObjectionBody,
	type PublishDisclosureBody,
	type SaveLevyRuleBody,
	type SaveLocalWageBody,
} from '@ronghe/api/contracts';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };
export type PostingListParams = Partial<PostingListQuery>;
type Query = Record<string, string | number | readonly (string | number)[] | undefined>;

// A phone on a slow network should get a clear message, not a page that never loads.
const TIMEOUT_MS = 10_000;

function localProblem(status: number, code: string, title: string, detail: string): Problem {
	return { type: 'about:blank', status, code, title, detail };
}

const unreachable = () =>
	localProblem(503, 'api_unreachable', '服务暂时不可用', '暂时连不上服务器，请稍后再试。');

const malformed = () =>
	localProblem(
		502,
		'api_bad_response',
		'服务返回的内容有误',
		'服务器返回的内容不完整，请稍后再试。',
	);

function toProblem(status: number, body: unknown): Problem {
	const parsed = ProblemSchema.safeParse(body);
	if (parsed.success) return parsed.data;
	if (status === 404) return localProblem(404, 'not_found', '没有找到', '没有找到要找的内容。');
	if (status >= 500) return unreachable();
	return localProblem(status, `http_${status}`, '请求有误', '请求没有成功，请检查后再试。');
}

/**
 * Typed client for the Fastify API, created once per request in `hooks.server.ts`.
 * It never throws: failures, including an API that is down, come back as problems.
 * `clientAddress` goes out as X-Forwarded-For, so the API's per-address sign-in limit counts
 * the person, not this server (the API trusts that header from loopback only).
 */
export function createApiClient(
	fetchFn: typeof fetch,
	baseUrl: string,
	cookieHeader?: string,
	clientAddress?: string,
) {
	const base = baseUrl.replace(/\/+$/, '');

	async function call<S extends z.ZodType>(
		method: 'GET' | 'POST' | 'PUT' | 'DELETE',
		path: string,
		schema: S,
		{ query = {}, body }: { query?: Query; body?: unknown } = {},
	): Promise<ApiResult<z.output<S>>> {
		const url = new URL(`${base}${path}`);
		for (const [key, value] of Object.entries(query)) {
			// repeated parameters (`postType=a&postType=b`) for lists
			if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
			else if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
		}
		const headers: Record<string, string> = { accept: 'application/json' };
		if (cookieHeader) headers.cookie = cookieHeader;
		if (clientAddress) headers['x-forwarded-for'] = clientAddress;
		// Every POST carries a JSON body, even an empty one: Fastify rejects an empty JSON body.
		const hasBody = method !== 'GET';
		if (hasBody) headers['content-type'] = 'application/json';
		const init: RequestInit = { method, headers, signal: AbortSignal.timeout(TIMEOUT_MS) };
		if (hasBody) init.body = JSON.stringify(body ?? {});

		let response: Response;
		try {
			response = await fetchFn(url, init);
		} catch (err) {
			console.warn(`API ${url.pathname} unreachable:`, err instanceof Error ? err.message : err);
			return { ok: false, problem: unreachable() };
		}
		const data: unknown = await response.json().catch(() => undefined);
		if (!response.ok) return { ok: false, problem: toProblem(response.status, data) };
		const parsed = schema.safeParse(data);
		if (parsed.success) return { ok: true, data: parsed.data };
		console.warn(`API ${url.pathname} returned an unexpected body:`, parsed.error.issues);
		return { ok: false, problem: malformed() };
	}

	const get = <S extends z.ZodType>(path: string, schema: S, query?: Query) =>
		call('GET', path, schema, { query });
	const post = <S extends z.ZodType>(path: string, schema: S, body?: unknown) =>
		call('POST', path, schema, { body });
	const put = <S extends z.ZodType>(path: string, schema: S, body?: unknown) =>
		call('PUT', path, schema, { body });
	const own = (id: string) => `/api/employer/postings/${encodeURIComponent(id)}`;
	const review = (id: string) => `/api/reviews/postings/${encodeURIComponent(id)}`;

	/** A request passed through as is: file uploads and downloads (.xlsx). */
	async function raw(path: string, init: RequestInit = {}): Promise<Response | null> {
		const headers = new Headers(init.headers);
		if (cookieHeader) headers.set('cookie', cookieHeader);
		if (clientAddress) headers.set('x-forwarded-for', clientAddress);
		try {
			return await fetchFn(`${base}${path}`, {
				...init,
				headers,
				signal: AbortSignal.timeout(60_000),
			});
		} catch (err) {
			console.warn(`API ${path} unreachable:`, err instanceof Error ? err.message : err);
			return null;
		}
	}

	async function upload<S extends z.ZodType>(
		path: string,
		schema: S,
		form: FormData,
	): Promise<ApiResult<z.output<S>>> {
		const response = await raw(path, { method: 'POST', body: form });
		if (!response) return { ok: false, problem: unreachable() };
		const data: unknown = await response.json().catch(() => undefined);
		if (!response.ok) return { ok: false, problem: toProblem(response.status, data) };
		const parsed = schema.safeParse(data);
		return parsed.success ? { ok: true, data: parsed.data } : { ok: false, problem: malformed() };
	}
	const id = encodeURIComponent;
	const person = (personId: string) => `/api/people/${encodeURIComponent(personId)}`;
	// a 204 has no body: the client reads it as undefined
	const del = (path: string) => call('DELETE', path, z.undefined());

	return {
		health: () => get('/api/health', HealthSchema),
		townships: () => get('/api/townships', TownshipListSchema),
		postings: {
			list: (query: PostingListParams = {}) => get('/api/postings', PostingListSchema, query),
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
			queue: () => get('/api/reviews/postings', ReviewQueueSchema),
			get: (id: string) => get(review(id), EmployerPostingSchema),
			approve: (id: string) => post(`${review(id)}/approve`, EmployerPostingSchema),
			return: (id: string, reason: string) =>
				post(`${review(id)}/return`, EmployerPostingSchema, { reason }),
		},
		training: { list: () => get('/api/training-courses', TrainingCourseListSchema) },
		imports: {
			list: (page = 1) => get('/api/people/imports', ImportListSchema, { page, pageSize: 10 }),
			get: (importId: string) =>
				get(`/api/people/imports/${encodeURIComponent(importId)}`, ImportSchema),
			upload: (form: FormData) => upload('/api/people/imports', ImportSummarySchema, form),
		},
		raw,
		people: {
			list: (query: Partial<PersonListQuery> = {}) => get('/api/people', PersonListSchema, query),
			get: (id: string) => get(`/api/people/${encodeURIComponent(id)}`, PersonSchema),
			register: (body: RegisterPersonBody) => post('/api/people', PersonSchema, body),
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
		levy: {
			ruleYears: () => get('/api/quota/levy-rules', LevyRuleYearsSchema),
			estimate: (body: LevyEstimateBody) =>
				post('/api/quota/levy-estimate', LevyEstimateSchema, body),
		},
		employerQuota: {
			get: (year: number) => get(`/api/employer/quota/${year}`, EmployerQuotaSchema),
			save: (year: number, body: SaveQuotaYearBody) =>
				put(`/api/employer/quota/${year}`, EmployerQuotaSchema, body),
			whatIf: (year: number, body: QuotaWhatIfBody) =>
				post(`/api/employer/quota/${year}/what-if`, QuotaWhatIfSchema, body),
		},
		roster: {
			list: (year: number) => get(`/api/employer/quota/${year}/employees`, RosterSchema),
			create: (year: number, body: DisabledEmployeeBody) =>
				post(`/api/employer/quota/${year}/employees`, DisabledEmployeeSchema, body),
			get: (employeeId: string) =>
				get(`/api/employer/disabled-employees/${id(employeeId)}`, DisabledEmployeeSchema),
			update: (employeeId: string, body: UpdateDisabledEmployeeBody) =>
				put(`/api/employer/disabled-employees/${id(employeeId)}`, DisabledEmployeeSchema, body),
			remove: (employeeId: string) => del(`/api/employer/disabled-employees/${id(employeeId)}`),
			submit: (year: number) => post(`/api/employer/quota/${year}/review`, RosterSchema),
		},
		annualReviews: {
			list: (query: Partial<AnnualReviewListQuery> = {}) =>
				get('/api/annual-reviews', AnnualReviewListSchema, query),
			get: (employerId: string, year: number) =>
				get(`/api/annual-reviews/${id(employerId)}/${year}`, AnnualReviewDetailSchema),
			unmask: (employerId: string, year: number, employeeId: string) =>
				post(
					`/api/annual-reviews/${id(employerId)}/${year}/employees/${id(employeeId)}/unmask`,
					UnmaskedCertificateSchema,
				),
			decide: (employerId: string, year: number, employeeId: string, body: DecideEmployeeBody) =>
				post(
					`/api/annual-reviews/${id(employerId)}/${year}/employees/${id(employeeId)}/decision`,
					AnnualReviewDetailSchema,
					body,
				),
			approve: (employerId: string, year: number) =>
				post(`/api/annual-reviews/${id(employerId)}/${year}/approve`, AnnualReviewDetailSchema),
			return: (employerId: string, year: number, reason: string) =>
				post(`/api/annual-reviews/${id(employerId)}/${year}/return`, AnnualReviewDetailSchema, {
					reason,
				}),
		},
		/** The bureau's quota screens, and the public disclosure. */
		quota: {
			overview: (query: Query) => get('/api/quota/overview', QuotaOverviewSchema, query),
			agencies: (year?: number) =>
				get('/api/quota/agencies', QuotaAgenciesSchema, { year: year ?? '' }),
			wages: () => get('/api/quota/wages', LocalWageListSchema),
			saveWage: (areaCode: string, year: number, body: SaveLocalWageBody) =>
				put(`/api/quota/wages/${id(areaCode)}/${year}`, LocalWageSchema, body),
			rules: () => get('/api/quota/rules', LevyRuleListSchema),
			saveRule: (provinceCode: string, year: number, body: SaveLevyRuleBody) =>
				put(`/api/quota/rules/${id(provinceCode)}/${year}`, LevyRuleSchema, body),
			disclosures: () => get('/api/quota/disclosures', DisclosureListSchema),
			disclosure: (year: number) => get(`/api/quota/disclosures/${year}`, DisclosureSchema),
			preview: (year: number) =>
				get(`/api/quota/disclosures/${year}/preview`, DisclosurePreviewSchema),
			publish: (year: number, body: PublishDisclosureBody) =>
				post(`/api/quota/disclosures/${year}/publish`, DisclosureSchema, body),
			fileObjection: (year: number, body: FileObjectionBody) =>
				post(`/api/quota/disclosures/${year}/objections`, FiledObjectionSchema, body),
			objections: (query: Query) => get('/api/quota/objections', ObjectionListSchema, query),
			answer: (objectionId: string, body: AnswerObjectionBody) =>
				post(`/api/quota/objections/${id(objectionId)}/answer`, ObjectionSchema, body),
		},
		auth: {
			login: (body: LoginBody) => post('/api/auth/login', LoginResultSchema, body),
			me: () => get('/api/auth/me', CurrentUserSchema),
			logout: () => post('/api/auth/logout', SignedOutSchema),
			logoutAll: () => post('/api/auth/logout-all', SignedOutSchema),
			changePassword: (body: ChangePasswordBody) =>
				post('/api/auth/password', SignedOutSchema, body),
			signUp: (body: SignUpBody) => post('/api/auth/sign-up', LoginResultSchema, body),
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
		employers: {
			signUp: (body: EmployerSignUpBody) =>
				post('/api/employers/sign-up', EmployerSignUpResultSchema, body),
			me: () => get('/api/employers/me', EmployerSchema),
			update: (body: UpdateEmployerBody) => put('/api/employers/me', EmployerSchema, body),
			users: () => get('/api/employers/me/users', EmployerUserListSchema),
			addUser: (body: AddEmployerUserBody) =>
				post('/api/employers/me/users', AddedEmployerUserSchema, body),
			disableUser: (userId: string) =>
				post(`/api/employers/me/users/${id(userId)}/disable`, EmployerUserSchema),
			list: (query: Partial<Record<keyof EmployerListQuery, string | number>>) =>
				get('/api/employers', EmployerListSchema, query),
			get: (employerId: string) => get(`/api/employers/${id(employerId)}`, EmployerDetailSchema),
			review: (employerId: string, body: ReviewEmployerBody) =>
				post(`/api/employers/${id(employerId)}/review`, EmployerDetailSchema, body),
		},
	};
}

export type ApiClient = ReturnType<typeof createApiClient>;
