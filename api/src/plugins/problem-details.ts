import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
	hasZodFastifySchemaValidationErrors,
	isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { ProblemSchema } from '@ronghe/contracts';
import { isDatabaseUnavailable } from '../db-errors.js';
import { AppError, FieldsInvalidError } from '../errors.js';

const STATUS_TITLES: Record<number, string> = {
	400: '请求有误',
	401: '需要登录',
	403: '没有权限',
	404: '没有找到',
	405: '不支持这种请求方式',
	406: '无法提供所需格式',
	408: '请求超时',
	409: '与现有记录冲突',
	413: '提交的内容太大',
	415: '不支持的内容类型',
	422: '不符合业务规则',
	429: '请求太频繁',
	500: '服务器出错',
	503: '服务暂时不可用',
};

const STATUS_DETAILS: Record<number, string> = {
	413: '提交的内容太大，请减少内容后再试。',
	415: '请以 JSON 格式（application/json）提交。',
	429: '请求太频繁，请稍等一会儿再试。',
};

type Options = { problemBaseUrl: string };

/**
 * The JSON pointer of the first string holding U+0000, if any. PostgreSQL text cannot store it,
 * so such a value failed deep in the database as a 500 (found by tests/integration/fuzz.test.ts
 * in free-text fields and search words); no real input needs it.
 */
function nulPointer(root: unknown): string | undefined {
	const stack: [unknown, string][] = [[root, '']];
	while (stack.length) {
		const [value, at] = stack.pop()!;
		if (typeof value === 'string') {
			if (value.includes('\u0000')) return `#${at}`;
		} else if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
			// a Buffer is file content, not text: walking it byte by byte would only cost time
			for (const [k, v] of Object.entries(value)) stack.push([v, `${at}/${k}`]);
		}
	}
	return undefined;
}

type ProblemInput = {
	status: number;
	code: string;
	title: string;
	detail?: string | undefined;
	type?: string | undefined;
	errors?: { pointer: string; detail: string; in?: string }[];
};

/** Turns every error into RFC 9457 application/problem+json with a Chinese detail. */
export const problemDetailsPlugin = fp<Options>(
	async (app, opts) => {
		const base = opts.problemBaseUrl.endsWith('/')
			? opts.problemBaseUrl
			: `${opts.problemBaseUrl}/`;
		const send = (req: FastifyRequest, reply: FastifyReply, p: ProblemInput) =>
			reply
				.code(p.status)
				.type('application/problem+json')
				.send({
					instance: req.url.split('?')[0],
					requestId: req.id,
					...p,
					type:
						p.type ??
						(p.code === 'about_blank' ? 'about:blank' : base + p.code.replaceAll('_', '-')),
				});

		app.setErrorHandler((err: FastifyError, req, reply) => {
			if (hasZodFastifySchemaValidationErrors(err)) {
				const where = err.validationContext ?? 'body';
				const errors = err.validation.map((v) => ({
					pointer: `#${v.instancePath}`,
					detail: v.message ?? '格式不正确',
					in: where,
				}));
				return send(req, reply, {
					status: 400,
					code: 'validation_failed',
					title: '提交的内容有误',
					detail: `有 ${errors.length} 处填写有误，请按提示修改。`,
					errors,
				});
			}
			if (err instanceof AppError) {
				return send(req, reply, {
					...err.extensions,
					status: err.status,
					code: err.code,
					title: err.title,
					detail: err.detail,
					...(err instanceof FieldsInvalidError
						? { errors: err.errors.map((e) => ({ ...e, in: 'body' })) }
						: err.errors
							? { errors: err.errors }
							: {}),
				});
			}
			if (isDatabaseUnavailable(err)) {
				// the database is restarting or unreachable: say so and when to try again, so a
				// retry (the web app's, or the person's) is the obvious next step, not a bug report
				req.log.warn({ err }, 'database unavailable');
				reply.header('retry-after', '5');
				return send(req, reply, {
					status: 503,
					code: 'database_unavailable',
					title: STATUS_TITLES[503] ?? '服务暂时不可用',
					detail: '数据库暂时连不上，您填写的内容没有保存。请稍等几秒后再试。',
				});
			}
			if (isResponseSerializationError(err) || !err.statusCode || err.statusCode >= 500) {
				req.log.error({ err }, 'unhandled error');
				return send(req, reply, {
					status: 500,
					code: 'internal',
					title: STATUS_TITLES[500] ?? 'Internal',
				});
			}
			const status = err.statusCode;
			// Fastify's own errors (malformed JSON, wrong content type, too large): keep the status
			const detail =
				STATUS_DETAILS[status] ??
				(err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
					? '提交的内容不是有效的 JSON。'
					: '请求有误，请检查后再试。');
			return send(req, reply, {
				status,
				code: status === 400 ? 'bad_request' : 'about_blank',
				type: status === 400 ? undefined : 'about:blank',
				title: STATUS_TITLES[status] ?? '请求有误',
				detail,
			});
		});

		// Before any schema runs, so every route is covered, including free-text fields.
		app.addHook('preValidation', async (req, reply) => {
			if (!req.routeOptions.config.access) return; // pages parse their own input
			for (const where of ['query', 'body'] as const) {
				const pointer = nulPointer(req[where]);
				if (!pointer) continue;
				return send(req, reply, {
					status: 400,
					code: 'validation_failed',
					title: '提交的内容有误',
					detail: '有 1 处填写有误，请按提示修改。',
					errors: [{ pointer, detail: '不能包含空字符（\\0）', in: where }],
				});
			}
		});

		app.setNotFoundHandler((req, reply) =>
			send(req, reply, {
				status: 404,
				code: 'route_not_found',
				title: '没有找到',
				detail: `没有这个接口：${req.method} ${req.url.split('?')[0]}`,
			}),
		);

		// Every route documents the problem response for its error statuses.
		app.addHook('onRoute', (route) => {
			const schema = (route.schema ??= {}) as {
				response?: Record<string, unknown>;
				hide?: boolean;
			};
			if (schema.hide) return;
			schema.response ??= {};
			for (const status of ['4xx', '5xx']) schema.response[status] ??= ProblemSchema;
		});
	},
	{ name: 'problem-details' },
);
