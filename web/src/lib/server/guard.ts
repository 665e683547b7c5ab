import { error, redirect } from '@sveltejs/kit';
import {
	inGroup,
	SEEKERS,
	STAFF,
	type Problem,
	type Role,
	type RoleGroup,
} from '@ronghe/contracts';
import type { SessionUser } from '$lib/user';
import { problemMessage } from './problems';
import { loginHref } from './session';

/*
 * The one way a page answers who may see it: signed out → 303 to the login page, which brings
 * the person back afterwards; signed in with another role → the 403 error page naming who may
 * use it. Pages pass a role group from @ronghe/contracts, the same one the API route and the
 * navigation use.
 */

/** For pages that need a signed-in person of any role. */
export function requireUser(locals: App.Locals, returnTo: string): SessionUser {
	if (!locals.user) redirect(303, loginHref(returnTo));
	return locals.user;
}

/** For pages of a role group: others see the 403 page naming who may use it. */
export function requireRole(locals: App.Locals, returnTo: string, roles: RoleGroup): SessionUser {
	const user = requireUser(locals, returnTo);
	if (!inGroup(user.role, roles))
		error(403, `这个页面只有${whoMay(roles)}可以使用。${elsewhere(user, roles)}`);
	return user;
}

// Staff who open a seeker's own page usually mean to fill it in for someone (代办).
function elsewhere(user: SessionUser, roles: RoleGroup): string {
	return roles === SEEKERS && inGroup(user.role, STAFF)
		? '工作人员要帮求职者填写，请从残疾人登记里打开这个人的资料。'
		: '';
}

/** Whether the signed-in person is in a role group, e.g. to show a button only to deciders. */
export function mayUse(user: SessionUser, roles: RoleGroup): boolean {
	return inGroup(user.role, roles);
}

/** A failed API call in a `load`: sign in again on 401, otherwise the error page in Chinese. */
/** A session that ran out while the page was open: sign in again and come back here. */
export function redirectIfSignedOut(problem: Problem, returnTo: string): void {
	if (problem.status === 401) redirect(303, loginHref(returnTo));
}

export function loadFailed(problem: Problem, returnTo: string): never {
	redirectIfSignedOut(problem, returnTo);
	error(problem.status, problemMessage(problem));
}

const PEOPLE: Partial<Record<Role, string>> = { seeker: '求职者', employer: '用人单位' };
const OFFICES: Partial<Record<Role, string>> = {
	bureau: '县人社局',
	federation: '县残联',
	township: '乡镇',
};

/** “县人社局、县残联的工作人员和系统管理员” for the roles a page allows. */
export function whoMay(roles: RoleGroup): string {
	const offices = roles.flatMap((r) => OFFICES[r] ?? []);
	const who = [
		...roles.flatMap((r) => PEOPLE[r] ?? []),
		...(offices.length ? [`${offices.join('、')}的工作人员`] : []),
	].join('、');
	if (!roles.includes('admin')) return who;
	return who ? `${who}和系统管理员` : '系统管理员';
}
