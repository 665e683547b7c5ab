import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	ADMINS,
	COUNTY_STAFF,
	EMPLOYERS,
	ROLES,
	SEEKERS,
	STAFF,
	type Role,
} from '@ronghe/contracts';
import type { SessionUser } from '$lib/user';
import { requireRole, requireUser, whoMay } from './guard';

const as = (role: Role | null) =>
	({
		user: role && ({ id: 'u1', role, name: '某人', roleLabel: role } as unknown as SessionUser),
	}) as App.Locals;

/** What the guard answered: a redirect, an error page, or the user. */
function answer(run: () => unknown) {
	try {
		return { user: run() };
	} catch (e) {
		if (isRedirect(e)) return { status: e.status, location: e.location };
		if (isHttpError(e)) return { status: e.status, message: e.body.message };
		throw e;
	}
}

describe('requireRole', () => {
	it('sends a signed-out visitor to sign in (303) and back to the page afterwards', () => {
		expect(answer(() => requireRole(as(null), '/staff/audit?page=2', COUNTY_STAFF))).toEqual({
			status: 303,
			location: '/login?returnTo=%2Fstaff%2Faudit%3Fpage%3D2',
		});
	});

	it('answers 403 naming who may use the page when the role is not in the group', () => {
		expect(answer(() => requireRole(as('township'), '/staff/audit', COUNTY_STAFF))).toEqual({
			status: 403,
			message: '这个页面只有县人社局、县残联的工作人员和系统管理员可以使用。',
		});
		expect(answer(() => requireRole(as('seeker'), '/employer/quota', EMPLOYERS))).toEqual({
			status: 403,
			message: '这个页面只有用人单位可以使用。',
		});
	});

	it('tells staff on a seeker page where to fill it in for someone (代办)', () => {
		const res = answer(() => requireRole(as('bureau'), '/me/profile', SEEKERS));
		expect(res.status).toBe(403);
		expect(res.message).toContain('请从残疾人登记里打开这个人的资料');
		expect(answer(() => requireRole(as('employer'), '/me/profile', SEEKERS)).message).toBe(
			'这个页面只有求职者可以使用。',
		);
	});

	it.each(ROLES)('lets %s in exactly when the role is in the group', (role) => {
		for (const group of [SEEKERS, EMPLOYERS, STAFF, COUNTY_STAFF]) {
			const res = answer(() => requireRole(as(role), '/x', group));
			expect(res.status, String(group)).toBe(group.includes(role as never) ? undefined : 403);
		}
	});
});

describe('requireUser', () => {
	it('lets anyone signed in through and sends the rest to sign in', () => {
		expect(answer(() => requireUser(as('seeker'), '/account')).user).toMatchObject({
			role: 'seeker',
		});
		expect(answer(() => requireUser(as(null), '/account'))).toEqual({
			status: 303,
			location: '/login?returnTo=%2Faccount',
		});
	});
});

describe('whoMay', () => {
	it('names the offices, then the administrator', () => {
		expect(whoMay(STAFF)).toBe('县人社局、县残联、乡镇的工作人员和系统管理员');
		expect(whoMay(ADMINS)).toBe('系统管理员');
	});
});
