import type { Cookies } from '@sveltejs/kit';
import {
	ROLE_LABELS,
	sessionCookieName,
	type CurrentUser,
	type LoginResult,
} from '@ronghe/contracts';
import type { SessionUser } from '$lib/user';
import type { ApiClient } from './api';

export function toSessionUser(user: CurrentUser): SessionUser {
	return {
		id: user.id,
		role: user.role,
		name: user.displayName,
		roleLabel: ROLE_LABELS[user.role],
		phoneMasked: user.phoneMasked,
		townshipCode: user.townshipCode,
		homeTownshipCode: user.homeTownshipCode,
		employerId: user.employerId,
		mustChangePassword: user.mustChangePassword,
	};
}

/**
 * The signed-in person for this request, or null. A session the API no longer knows is
 * forgotten; when the API is down the page still renders, signed out, and the cookie stays.
 */
export async function loadSessionUser(
	api: Pick<ApiClient, 'auth'>,
	cookies: Cookies,
	url: URL,
): Promise<SessionUser | null> {
	if (!sessionToken(cookies, url)) return null;
	const res = await api.auth.me();
	if (res.ok) return toSessionUser(res.data);
	if (res.problem.status === 401) clearSessionCookie(cookies, url);
	return null;
}

const https = (url: URL) => url.protocol === 'https:';

/** The session token from the cookie this scheme uses (`__Host-` over HTTPS; contracts/auth.ts). */
export const sessionToken = (cookies: Pick<Cookies, 'get'>, url: URL) =>
	cookies.get(sessionCookieName(https(url)));

/**
 * The Cookie header for the API: only the session cookie of this scheme, so a plain-named cookie
 * planted next to the `__Host-` one on an HTTPS site never reaches the API.
 */
export function apiCookieHeader(cookies: Pick<Cookies, 'get'>, url: URL): string | undefined {
	const token = sessionToken(cookies, url);
	return token ? `${sessionCookieName(https(url))}=${encodeURIComponent(token)}` : undefined;
}

/** HttpOnly so page scripts never see the token; Lax so links from elsewhere keep you signed in. */
export function setSessionCookie(cookies: Cookies, login: LoginResult, url: URL) {
	cookies.set(sessionCookieName(https(url)), login.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: new Date(login.expiresAt),
	});
}

// The same `secure` as when set: a browser ignores a Secure deletion sent over plain http.
export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(sessionCookieName(https(url)), { path: '/', httpOnly: true, secure: https(url) });
}

/** The login page that brings the person back to `path` (a local path) afterwards. */
export function loginHref(path: string): string {
	return `/login?returnTo=${encodeURIComponent(path)}`;
}
