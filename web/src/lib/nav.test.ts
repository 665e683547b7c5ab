import { describe, expect, it } from 'vitest';
import { currentFor, navFor } from './nav';
import { ROLES } from './user';

describe('navFor', () => {
	it('returns the public pages when nobody is signed in', () => {
		expect(navFor(null)).toEqual([
			{ href: '/', label: '首页' },
			{ href: '/jobs', label: '找工作' },
			{ href: '/fairs', label: '招聘会' },
			{ href: '/training', label: '技能培训' },
			{ href: '/levy', label: '保障金计算' },
		]);
	});

	it('leaves 登录 out while accounts do not exist', () => {
		expect(navFor(null).map((item) => item.label)).not.toContain('登录');
	});

	it.each(ROLES)('starts with 首页 and has unique local links for %s', (role) => {
		const items = navFor(role);
		expect(items[0]).toEqual({ href: '/', label: '首页' });
		expect(new Set(items.map((item) => item.href)).size).toBe(items.length);
		expect(new Set(items.map((item) => item.label)).size).toBe(items.length);
		for (const item of items) expect(item.href).toMatch(/^\/(?!\/)/);
	});

	it('gives each role the entries it comes for', () => {
		const labels = (role: Parameters<typeof navFor>[0]) => navFor(role).map((i) => i.label);
		expect(labels('seeker')).toEqual(expect.arrayContaining(['找工作', '我的资料', '我的申请']));
		expect(labels('employer')).toEqual(expect.arrayContaining(['岗位管理', '保障金计算']));
		expect(labels('bureau')).toEqual(expect.arrayContaining(['审核', '统计']));
		expect(labels('federation')).toEqual(expect.arrayContaining(['审核', '残疾人登记']));
		expect(labels('township')).toEqual(expect.arrayContaining(['代办登记']));
		expect(labels('admin')).toEqual(expect.arrayContaining(['用户管理']));
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
