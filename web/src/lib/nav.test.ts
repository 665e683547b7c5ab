import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inGroup, ROLES, type RoleGroup } from '@ronghe/contracts';
import * as groups from '@ronghe/contracts/roles';
import { allNavFor, currentFor, homeFor, NAV_ROW, navFor, navGroupsFor, navHref } from './nav';
import type { Role } from './user';

const ROUTES = join(import.meta.dirname, '../routes');

/** The URL of every page in src/routes (route groups such as `(app)` left out). */
function existingPages(): Set<string> {
	const pages = new Set<string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(join(dir, entry.name));
			else if (entry.name === '+page.svelte') {
				const segments = relative(ROUTES, dir)
					.split(sep)
					.filter((s) => s && !/^\(.*\)$/.test(s));
				pages.add(`/${segments.join('/')}`);
			}
		}
	};
	walk(ROUTES);
	return pages;
}

const labels = (role: Role | null) => navFor(role).map((item) => item.label);

describe('navFor', () => {
	it('returns the public pages and 登录 when nobody is signed in', () => {
		expect(navFor(null)).toEqual([
			{ href: '/', label: '首页' },
			{ href: '/jobs', label: '找工作' },
			{ href: '/fairs', label: '招聘会' },
			{ href: '/training', label: '技能培训' },
			{ href: '/levy', label: '保障金计算' },
			{ href: '/login', label: '登录' },
		]);
	});

	it.each(ROLES)('starts with 首页 and has unique local links for %s', (role) => {
		const items = allNavFor(role);
		expect(items[0]).toEqual({ href: homeFor(role), label: '首页' });
		expect(new Set(items.map((item) => item.href)).size).toBe(items.length);
		expect(new Set(items.map((item) => item.label)).size).toBe(items.length);
		for (const item of items) expect(item.href).toMatch(/^\/(?!\/)/);
	});

	it.each([null, ...ROLES])('links only to pages that exist (%s)', (role) => {
		const pages = existingPages();
		for (const item of navFor(role)) expect(pages, item.href).toContain(item.href);
	});

	it('keeps the planned entries but does not show them', () => {
		const pages = existingPages();
		for (const role of ROLES) {
			for (const item of allNavFor(role).filter((i) => i.planned)) {
				expect(pages, `${item.href} exists: remove planned`).not.toContain(item.href);
				expect(navFor(role)).not.toContainEqual(expect.objectContaining({ href: item.href }));
			}
		}
	});

	it('shows 我的账户 instead of 登录 to everyone signed in', () => {
		for (const role of ROLES) {
			expect(labels(role)).toContain('我的账户');
			expect(labels(role)).not.toContain('登录');
		}
		expect(labels(null)).not.toContain('我的账户');
	});

	it('shows each role the pages that exist for it today', () => {
		const publicPages = ['找工作', '招聘会', '技能培训', '保障金计算', '我的账户'];
		expect(labels('seeker')).toEqual([
			'首页',
			'找工作',
			'推荐岗位',
			'我的投递',
			'邀请',
			'我的资料',
			'我的提醒',
			'我的培训',
			'保存的搜索',
			'我的授权',
			'招聘会',
			'技能培训',
			'我的账户',
		]);
		expect(labels('employer')).toEqual([
			'首页',
			'岗位管理',
			'找人才',
			'招聘会',
			'保障金计算',
			'单位资料',
			'单位账号',
			'我的账户',
		]);
		const staffPages = [
			'首页',
			'岗位审核',
			'单位审核',
			'年审',
			'残疾人登记',
			'按比例就业',
			'审计日志',
			'联系方式',
		];
		expect(labels('federation')).toEqual([
			...staffPages,
			'招聘会管理',
			'培训管理',
			'公益性岗位',
			'盲人按摩',
			'规划指标',
			'实名制统计',
			...publicPages,
		]);
		for (const role of ['bureau', 'admin'] as const)
			expect(labels(role)).toEqual([
				...staffPages,
				'搜索同步',
				'招聘会管理',
				'培训管理',
				'公益性岗位',
				'盲人按摩',
				'规划指标',
				'实名制统计',
				...publicPages,
			]);
		expect(labels('township')).toEqual([
			'首页',
			'代办登记',
			'本乡镇求职者',
			'联系方式',
			'公益性岗位',
			'找工作',
			'招聘会',
			'技能培训',
			'我的账户',
		]);
	});

	it('plans the entries each role comes for', () => {
		const planned = (role: Role) => allNavFor(role).map((i) => i.label);
		expect(planned('seeker')).toEqual(expect.arrayContaining(['我的资料', '我的投递', '邀请']));
		expect(planned('employer')).toEqual(expect.arrayContaining(['岗位管理', '单位资料']));
		expect(planned('bureau')).toEqual(expect.arrayContaining(['岗位审核', '实名制统计']));
		expect(planned('federation')).toEqual(expect.arrayContaining(['岗位审核', '残疾人登记']));
		expect(planned('township')).toEqual(expect.arrayContaining(['代办登记']));
		expect(planned('federation')).toEqual(expect.arrayContaining(['培训管理']));
		expect(planned('township')).toEqual(expect.arrayContaining(['统计']));
		expect(planned('admin')).toEqual(expect.arrayContaining(['用户管理']));
	});
});

describe('navGroupsFor', () => {
	it.each([null, ...ROLES])('fits one row and loses no entry (%s)', (role) => {
		const { main, more } = navGroupsFor(role);
		// 更多 takes a place in the row when there is more
		expect(main.length + (more.length ? 1 : 0)).toBeLessThanOrEqual(NAV_ROW);
		expect([...main, ...more].map((i) => i.href).sort()).toEqual(
			navFor(role)
				.map((i) => i.href)
				.sort(),
		);
	});

	it('keeps county staff tools and 我的账户 in the row, public pages behind 更多', () => {
		const { main, more } = navGroupsFor('bureau');
		expect(main.map((i) => i.label)).toEqual([
			'首页',
			'岗位审核',
			'单位审核',
			'年审',
			'残疾人登记',
			'按比例就业',
			'审计日志',
			'我的账户',
		]);
		expect(more.map((i) => i.label)).toEqual([
			'联系方式',
			'搜索同步',
			'招聘会管理',
			'培训管理',
			'公益性岗位',
			'盲人按摩',
			'规划指标',
			'实名制统计',
			'找工作',
			'招聘会',
			'技能培训',
			'保障金计算',
		]);
	});

	it('puts nothing behind 更多 for employers and township staff', () => {
		for (const role of ['employer', 'township'] as const)
			expect(navGroupsFor(role).more).toEqual([]);
	});

	it("keeps a seeker's own work in the row, courses, saved searches, consents, fairs and training behind 更多", () => {
		const { more } = navGroupsFor('seeker');
		expect(more.map((i) => i.label)).toEqual([
			'我的培训',
			'保存的搜索',
			'我的授权',
			'招聘会',
			'技能培训',
		]);
	});
});

/**
 * The role group a page's `load` requires (its first requireRole before the form actions, which
 * may ask for more), or null if none.
 */
function pageGroup(href: string): RoleGroup | null {
	const file = join(ROUTES, href, '+page.server.ts');
	if (!existsSync(file)) return null;
	const name = /requireRole\([^;]*?,\s*([A-Z_]+)\s*\)/.exec(
		readFileSync(file, 'utf8').split('export const actions')[0] ?? '',
	)?.[1];
	if (!name) return null;
	const group = (groups as Record<string, unknown>)[name];
	if (!Array.isArray(group)) throw new Error(`${href}: ${name} is not a role group`);
	return group as RoleGroup;
}

describe('navFor and the page guards', () => {
	it.each(ROLES)('links %s only to pages whose guard lets that role in', (role) => {
		for (const item of navFor(role)) {
			const group = pageGroup(item.href);
			if (group) expect(inGroup(role, group), `${role} → ${item.href}`).toBe(true);
		}
	});

	it('finds the guard of the pages that have one', () => {
		expect(pageGroup('/staff/audit')).toEqual(groups.COUNTY_STAFF);
		expect(pageGroup('/staff/search')).toEqual(groups.SEARCH_OPERATORS);
		expect(pageGroup('/employer/quota')).toEqual(groups.EMPLOYERS);
		expect(pageGroup('/me/profile')).toEqual(groups.SEEKERS);
	});
});

describe('currentFor', () => {
	it('marks the page itself', () => {
		expect(currentFor('/', '/')).toBe('page');
		expect(currentFor('/jobs', '/jobs')).toBe('page');
		expect(currentFor('/jobs/', '/jobs')).toBe('page');
	});

	it('marks the section when on a page inside it', () => {
		expect(currentFor('/jobs/0c6f', '/jobs')).toBe('true');
	});

	it('marks nothing for other pages', () => {
		expect(currentFor('/jobs', '/')).toBeUndefined();
		expect(currentFor('/jobsearch', '/jobs')).toBeUndefined();
		expect(currentFor('/fairs', '/jobs')).toBeUndefined();
	});
});

describe('homeFor', () => {
	it('starts seekers on the public home, employers and staff on what waits for them', () => {
		expect(homeFor('seeker')).toBe('/');
		expect(homeFor('employer')).toBe('/employer');
		for (const role of ['bureau', 'federation', 'township', 'admin'] as const)
			expect(homeFor(role)).toBe('/staff');
	});

	it('does not mark a role home as the section of the pages under it', () => {
		expect(currentFor('/employer', '/employer')).toBe('page');
		expect(currentFor('/employer/postings', '/employer')).toBeUndefined();
		expect(currentFor('/staff/reviews', '/staff')).toBeUndefined();
	});
});

describe('navHref', () => {
	const login = { href: '/login', label: '登录' };
	it('gives 登录 the page the person is on, query included', () => {
		expect(navHref(login, '/jobs/0b6f5e3c-1a2b-4c3d-8e9f-0a1b2c3d4e5f')).toBe(
			'/login?returnTo=%2Fjobs%2F0b6f5e3c-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
		);
		expect(navHref(login, '/jobs?q=按摩&page=2')).toBe(
			`/login?returnTo=${encodeURIComponent('/jobs?q=按摩&page=2')}`,
		);
	});

	it('leaves 登录 plain on the home, sign-in and sign-up pages, and other links alone', () => {
		for (const here of ['/', '/?x=1', '/login', '/login?returnTo=%2Fjobs', '/register/employer'])
			expect(navHref(login, here)).toBe('/login');
		expect(navHref({ href: '/jobs', label: '找工作' }, '/fairs')).toBe('/jobs');
	});
});
