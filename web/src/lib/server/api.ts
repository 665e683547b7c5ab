import type { z } from 'zod';
import {
	CurrentUserSchema,
	FairListSchema,
	HealthSchema,
	EmployerQuotaSchema,
	LevyEstimateSchema,
	QuotaWhatIfSchema,
	LevyRuleYearsSchema,
	LoginResultSchema,
	PostingListSchema,
	PostingSchema,
	ProblemSchema,
	SignedOutSchema,
	TownshipListSchema,
	TrainingCourseListSchema,
	type ChangePasswordBody,
	type LevyEstimateBody,
	type QuotaWhatIfBody,
	type SaveQuotaYearBody,
	type LoginBody,
	type PostingListQuery,
	type Problem,
} from '@ronghe/api/contracts';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };
export type PostingListParams = Partial<PostingListQuery>;
type Query = Record<string, string | number | undefined>;

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
		method: 'GET' | 'POST' | 'PUT',
		path: string,
		schema: S,
		{ query = {}, body }: { query?: Query; body?: unknown } = {},
	): Promise<ApiResult<z.output<S>>> {
		const url = new URL(`${base}${path}`);
		for (const [key, value] of Object.entries(query)) {
			if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
		}
		const headers: Record<string, string> = { accept: 'application/json' };
		if (cookieHeader) headers.cookie = cookieHeader;
		if (clientAddress) headers['x-forwarded-for'] = clientAddress;
		// Every POST carries a JSON body, even an empty one: Fastify rejects an empty JSON body.
		if (method !== 'GET') headers['content-type'] = 'application/json';
		const init: RequestInit = { method, headers, signal: AbortSignal.timeout(TIMEOUT_MS) };
		if (method !== 'GET') init.body = JSON.stringify(body ?? {});

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

	return {
		health: () => get('/api/health', HealthSchema),
		townships: () => get('/api/townships', TownshipListSchema),
		postings: {
			list: (query: PostingListParams = {}) => get('/api/postings', PostingListSchema, query),
			get: (postingId: string) =>
				get(`/api/postings/${encodeURIComponent(postingId)}`, PostingSchema),
		},
		fairs: { list: () => get('/api/fairs', FairListSchema) },
		training: { list: () => get('/api/training-courses', TrainingCourseListSchema) },
		levy: {
			ruleYears: () => get('/api/quota/levy-rules', LevyRuleYearsSchema),
			estimate: (body: LevyEstimateBody) =>
				post('/api/quota/levy-estimate', LevyEstimateSchema, body),
		},
		employerQuota: {
			get: (year: number) => get(`/api/employer/quota/${year}`, EmployerQuotaSchema),
			save: (year: number, body: SaveQuotaYearBody) =>
				call('PUT', `/api/employer/quota/${year}`, EmployerQuotaSchema, { body }),
			whatIf: (year: number, body: QuotaWhatIfBody) =>
				post(`/api/employer/quota/${year}/what-if`, QuotaWhatIfSchema, body),
		},
		auth: {
			login: (body: LoginBody) => post('/api/auth/login', LoginResultSchema, body),
			me: () => get('/api/auth/me', CurrentUserSchema),
			logout: () => post('/api/auth/logout', SignedOutSchema),
			logoutAll: () => post('/api/auth/logout-all', SignedOutSchema),
			changePassword: (body: ChangePasswordBody) =>
				post('/api/auth/password', SignedOutSchema, body),
		},
	};
}

export type ApiClient = ReturnType<typeof createApiClient>;
