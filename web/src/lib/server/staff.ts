import { error } from '@sveltejs/kit';
import type { Problem, Role } from '@ronghe/contracts';
import type { SessionUser } from '$lib/user';
import type { ApiClient } from './api';
import { problemMessage } from './problems';
import { requireUser } from './session';

/** Staff who may import the roster and export full numbers. */
export const ROSTER_ROLES: readonly Role[] = ['admin', 'bureau', 'federation'];
/** Everyone who works with the registry; township staff see only their township. */
export const REGISTRY_ROLES: readonly Role[] = ['admin', 'bureau', 'federation', 'township'];

/** The county's quota screens (按比例就业): not township staff, whose view is one township. */
export const QUOTA_ROLES: readonly Role[] = ['admin', 'bureau', 'federation'];
/** Who may change the levy rules. */
export const RULE_ROLES: readonly Role[] = ['admin', 'bureau'];

/** Signed-out visitors go to the login page; signed-in people without the role get a 403 page. */
export function requireRole(
	locals: App.Locals,
	returnTo: string,
	roles: readonly Role[],
): SessionUser {
	const user = requireUser(locals, returnTo);
	if (!roles.includes(user.role)) error(403, `这个页面只有${whoMay(roles)}可以使用。`);
	return user;
}

const OFFICES: Partial<Record<Role, string>> = {
	bureau: '县人社局',
	federation: '县残联',
	township: '乡镇',
};

/** “县人社局、县残联的工作人员和系统管理员” for the roles a page allows. */
export function whoMay(roles: readonly Role[]): string {
	const offices = roles.flatMap((r) => OFFICES[r] ?? []);
	const staff = offices.length ? `${offices.join('、')}的工作人员` : '';
	if (!roles.includes('admin')) return staff;
	return staff ? `${staff}和系统管理员` : '系统管理员';
}

export function problemError(problem: Problem): never {
	error(problem.status, problemMessage(problem));
}

/**
 * Passes an .xlsx download from the API through to the browser, with the API's file name.
 * Problems become the error page in Chinese.
 */
export async function proxyDownload(api: ApiClient, path: string): Promise<Response> {
	const res = await api.raw(path);
	if (!res) error(503, '暂时连不上服务器，请稍后再试。');
	if (!res.ok) {
		const body = (await res.json().catch(() => ({}))) as Partial<Problem>;
		error(res.status, body.detail ?? '下载没有成功，请稍后再试。');
	}
	const headers = new Headers({ 'cache-control': 'no-store' });
	for (const name of ['content-type', 'content-disposition', 'content-length']) {
		const value = res.headers.get(name);
		if (value) headers.set(name, value);
	}
	return new Response(res.body, { status: 200, headers });
}
