import { z } from 'zod';
import { ProblemSchema, SESSION_COOKIE, type Problem } from '@ronghe/contracts';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: Problem };
export type Query = Record<string, string | number | readonly (string | number)[] | undefined>;

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
 * The calls every module of the API client is made of. They never throw: failures, including an
 * API that is down, come back as problems. `clientAddress` goes out as X-Forwarded-For, so the
 * API's per-address sign-in limit counts the person, not this server (the API trusts that header
 * from loopback only); `userAgent` is the browser's, so sessions and the audit log name it.
 */
export function createTransport(
	fetchFn: typeof fetch,
	baseUrl: string,
	cookieHeader?: string,
	clientAddress?: string,
	userAgent?: string,
) {
	const base = baseUrl.replace(/\/+$/, '');
	// printable ASCII only: anything else makes fetch throw, and the page would say the API is down
	const agent = userAgent?.replace(/[^\x20-\x7e]/g, '').slice(0, 300);

	async function call<S extends z.ZodType>(
		method: 'GET' | 'POST' | 'PUT' | 'DELETE',
		path: string,
		schema: S,
		{
			query = {},
			body,
			extraHeaders = {},
		}: { query?: Query; body?: unknown; extraHeaders?: Record<string, string> } = {},
	): Promise<ApiResult<z.output<S>>> {
		const url = new URL(`${base}${path}`);
		for (const [key, value] of Object.entries(query)) {
			// repeated parameters (`postType=a&postType=b`) for lists
			if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
			else if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
		}
		// the API is on the same machine: compressing its answers (fetch asks for gzip) would only
		// cost CPU; the page itself is compressed on its way to the browser
		const headers: Record<string, string> = {
			...extraHeaders,
			accept: 'application/json',
			'accept-encoding': 'identity',
		};
		if (cookieHeader) headers.cookie = cookieHeader;
		if (clientAddress) headers['x-forwarded-for'] = clientAddress;
		if (agent) headers['user-agent'] = agent;
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
	/** A POST the API may receive twice (a double click, a retry): the key makes it count once. */
	const postOnce = <S extends z.ZodType>(path: string, schema: S, body: unknown, key: string) =>
		call('POST', path, schema, { body, extraHeaders: { 'idempotency-key': key } });
	const put = <S extends z.ZodType>(path: string, schema: S, body?: unknown) =>
		call('PUT', path, schema, { body });

	/**
	 * A request passed through as is: file uploads and downloads (.xlsx). The session goes as a
	 * bearer token, not a cookie: the API refuses a multipart post that carries the cookie and no
	 * Origin (a browser could send that from another site), and a bearer token no browser adds
	 * on its own (api/src/plugins/csrf.ts).
	 */
	async function raw(path: string, init: RequestInit = {}): Promise<Response | null> {
		const headers = new Headers(init.headers);
		headers.set('accept-encoding', 'identity');
		const token = sessionToken(cookieHeader);
		if (token) headers.set('authorization', `Bearer ${token}`);
		if (clientAddress) headers.set('x-forwarded-for', clientAddress);
		if (agent) headers.set('user-agent', agent);
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
	// a 204 has no body: the client reads it as undefined
	const del = (path: string) => call('DELETE', path, z.undefined());

	return { get, post, postOnce, put, del, raw, upload };
}

export type Transport = ReturnType<typeof createTransport>;

function sessionToken(cookieHeader: string | undefined): string | undefined {
	for (const part of cookieHeader?.split(';') ?? []) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
			try {
				return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;
			} catch {
				return undefined;
			}
		}
	}
	return undefined;
}
export const encodeId = encodeURIComponent;
