import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE, type RoleGroup } from '@ronghe/contracts';
import {
	ForbiddenError,
	PasswordChangeRequiredError,
	TooManyRequestsError,
	UnauthenticatedError,
} from '../errors.js';
import { hashToken, type AuthService, type AuthUser } from '../modules/auth/auth.service.js';

/** Who may call a route: anyone, any signed-in user, or a role group from the contracts. */
export type Access = 'public' | 'signed-in' | RoleGroup;

declare module 'fastify' {
	interface FastifyContextConfig {
		access?: Access;
		/**
		 * Per-address attempt limit, e.g. for sign-in. Only failed attempts count, unless
		 * `everyAttempt` (for public writes such as objections, where success is the flood).
		 */
		rateLimit?: { max: number; windowMs: number; everyAttempt?: boolean };
		/**
		 * Callable by an account that must change its password first (after a staff reset):
		 * only the password change itself, /me and signing out.
		 */
		beforePasswordChange?: boolean;
		/**
		 * A route whose first call ends the caller's session (deleting the account): a retry that
		 * arrives after it reaches the handler with `endedSessionHash` set, instead of a 401, so
		 * the handler can give the retry the first call's answer.
		 */
		answersEndedSession?: boolean;
	}
	interface FastifyRequest {
		user: AuthUser | null;
		sessionTokenHash: string | null;
		/** On an `answersEndedSession` route: the hash of a token that no longer resolves. */
		endedSessionHash: string | null;
		/** The per-address counter this request reserved an attempt in, if its route has one. */
		rateLimitEntry: { count: number; resetAt: number } | null;
	}
}

/**
 * The signed-in user in a handler. Routes whose `access` is not 'public' always have one (the
 * hook above has answered 401 otherwise); on a public route this answers 401 itself.
 */
export function signedIn(req: FastifyRequest): AuthUser {
	if (!req.user) throw new UnauthenticatedError('请先登录。');
	return req.user;
}

/** The signed-in user and the hash of the session token they used, e.g. to keep that session. */
export function currentSession(req: FastifyRequest): { user: AuthUser; tokenHash: string } {
	const user = signedIn(req);
	if (!req.sessionTokenHash) throw new UnauthenticatedError('请先登录。');
	return { user, tokenHash: req.sessionTokenHash };
}

/**
 * The session token: a bearer header, or the session cookie. The `__Host-` cookie is taken
 * always (only this host over HTTPS can have set it); the plain name only on a plain-http
 * request, so over HTTPS a cookie planted by a neighbouring site is never a session.
 */
function tokenFrom(req: FastifyRequest): string | undefined {
	const auth = req.headers.authorization;
	if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || undefined;
	const cookie = req.headers.cookie;
	if (!cookie) return undefined;
	const names =
		req.protocol === 'https' ? [SECURE_SESSION_COOKIE] : [SECURE_SESSION_COOKIE, SESSION_COOKIE];
	for (const name of names) {
		for (const part of cookie.split(';')) {
			const eq = part.indexOf('=');
			if (eq > 0 && part.slice(0, eq).trim() === name) {
				try {
					return decodeURIComponent(part.slice(eq + 1).trim()) || undefined;
				} catch {
					return undefined;
				}
			}
		}
	}
	return undefined;
}

/**
 * Resolves the session, then enforces each route's declared `access`. Every /api route must
 * declare it; the app refuses to start otherwise, so no route is open by accident.
 */
export const authPlugin = fp<{ auth: AuthService }>(
	async (app, { auth }) => {
		app.decorateRequest('user', null);
		app.decorateRequest('sessionTokenHash', null);
		app.decorateRequest('endedSessionHash', null);
		app.decorateRequest('rateLimitEntry', null);
		const hits = new Map<string, { count: number; resetAt: number }>();

		app.addHook('onRoute', (route) => {
			if (!route.url.startsWith('/api')) return;
			if (!route.config?.access)
				throw new Error(`route ${route.method} ${route.url} declares no access`);
		});

		// Only failed attempts count (unless the route says every attempt does), so a busy office
		// behind one address is never slowed down by people who type their password right.
		// Each attempt is counted when it arrives, before anything is awaited, so a burst of
		// parallel guesses cannot all pass the check; a success gives its count back afterwards.
		const reserve = (req: FastifyRequest, limit: { max: number; windowMs: number }) => {
			const key = `${req.routeOptions.url}|${req.ip}`;
			const at = Date.now();
			let entry = hits.get(key);
			if (!entry || entry.resetAt <= at) {
				entry = { count: 0, resetAt: at + limit.windowMs };
				hits.set(key, entry);
			}
			if (entry.count >= limit.max) {
				const minutes = Math.ceil((entry.resetAt - at) / 60_000);
				throw new TooManyRequestsError(`从这个网络地址失败的尝试太多，请 ${minutes} 分钟后再试。`);
			}
			entry.count += 1;
			req.rateLimitEntry = entry;
			if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= at) hits.delete(k);
		};

		// Only failed attempts count (unless the route says every attempt does), so a busy office
		// behind one address is never slowed down by people who type their password right.
		app.addHook('onResponse', async (req, reply) => {
			const limit = req.routeOptions.config.rateLimit;
			const entry = req.rateLimitEntry;
			if (!limit || !entry || limit.everyAttempt || reply.statusCode >= 400) return;
			if (entry.count > 0) entry.count -= 1;
		});

		app.addHook('onRequest', async (req) => {
			const config = req.routeOptions.config;
			if (!config.access) return; // pages and unknown paths: not an API route
			if (config.rateLimit) reserve(req, config.rateLimit);
			const token = tokenFrom(req);
			if (token) {
				const found = await auth.authenticate(token);
				if (found) {
					req.user = found.user;
					req.sessionTokenHash = found.tokenHash;
				}
			}
			const access = config.access;
			if (!access || access === 'public') return;
			if (!req.user && token && config.answersEndedSession) {
				req.endedSessionHash = hashToken(token);
				return;
			}
			if (!req.user) throw new UnauthenticatedError('请先登录。');
			if (req.user.mustChangePassword && !config.beforePasswordChange)
				throw new PasswordChangeRequiredError(
					'您用的是工作人员给的临时密码，请先修改密码，再使用其他功能。',
				);
			if (access !== 'signed-in' && !access.includes(req.user.role)) {
				throw new ForbiddenError('您的账户没有权限使用这个功能。');
			}
		});
	},
	{ name: 'auth', dependencies: ['services'] },
);
