import type { Cookies } from '@sveltejs/kit';
import { ROLE_LABELS, SESSION_COOKIE, type CurrentUser, type LoginResult } from '@ronghe/contracts';
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
	if (!cookies.get(SESSION_COOKIE)) return null;
	const res = await api.auth.me();
	if (res.ok) return toSessionUser(res.data);
	if (res.problem.status === 401) clearSessionCookie(cookies, url);
	return null;
}

/** HttpOnly so page scripts never see the token; Lax so links from elsewhere keep you signed in. */
export function setSessionCookie(cookies: Cookies, login: LoginResult, url: URL) {
	cookies.set(SESSION_COOKIE, login.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: new Date(login.expiresAt),
	});
}

// The same `secure` as when set: a browser ignores a Secure deletion sent over plain http.
export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, secure: url.protocol === 'https:' });
}

/** The login page that brings the person back to `path` (a local path) afterwards. */
export function loginHref(path: string): string {
	return `/login?returnTo=${encodeURIComponent(path)}`;
}
