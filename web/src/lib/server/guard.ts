import { error, redirect } from '@sveltejs/kit';
import type { Problem, Role } from '@ronghe/contracts';
import type { SessionUser } from '$lib/user';
import { problemMessage } from './problems';
import { loginHref, requireUser } from './session';

export const STAFF: readonly Role[] = ['admin', 'bureau', 'federation', 'township'];
/** County staff: the registry import, the audit log. */
export const COUNTY_STAFF: readonly Role[] = ['admin', 'bureau', 'federation'];

/** A page for some roles only: others are sent to sign in (303) or shown a 403 page. */
export function requireRole(
	locals: App.Locals,
	returnTo: string,
	roles: readonly Role[],
): SessionUser {
	const user = requireUser(locals, returnTo);
	if (!roles.includes(user.role)) error(403, '您的账户没有权限打开这个页面。');
	return user;
}

/** A failed API call in a `load`: sign in again on 401, otherwise the error page in Chinese. */
export function loadFailed(problem: Problem, returnTo: string): never {
	if (problem.status === 401) redirect(303, loginHref(returnTo));
	error(problem.status, problemMessage(problem));
}
