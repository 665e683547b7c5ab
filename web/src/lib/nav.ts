import type { Role } from './user';

export type NavItem = { href: string; label: string };

const home: NavItem = { href: '/', label: '首页' };
const jobs: NavItem = { href: '/jobs', label: '找工作' };
const fairs: NavItem = { href: '/fairs', label: '招聘会' };
const training: NavItem = { href: '/training', label: '技能培训' };
const levy: NavItem = { href: '/levy', label: '保障金计算' };
const reviews: NavItem = { href: '/admin/reviews', label: '审核' };
const statistics: NavItem = { href: '/admin/statistics', label: '统计' };

// 登录 joins the public list when accounts exist; until then nobody can sign in.
const PUBLIC_NAV: readonly NavItem[] = [home, jobs, fairs, training, levy];

// Role entries point at pages that later issues build; only the public list renders today.
const ROLE_NAV: Record<Role, readonly NavItem[]> = {
	seeker: [
		home,
		jobs,
		fairs,
		training,
		{ href: '/me/profile', label: '我的资料' },
		{ href: '/me/applications', label: '我的申请' },
	],
	employer: [
		home,
		{ href: '/employer/postings', label: '岗位管理' },
		{ href: '/employer/candidates', label: '找人才' },
		fairs,
		levy,
		{ href: '/employer/profile', label: '单位资料' },
	],
	bureau: [
		home,
		reviews,
		{ href: '/admin/fairs', label: '招聘会管理' },
		{ href: '/admin/registry', label: '残疾人登记' },
		statistics,
	],
	federation: [
		home,
		reviews,
		{ href: '/admin/registry', label: '残疾人登记' },
		{ href: '/admin/fairs', label: '招聘会管理' },
		{ href: '/admin/training', label: '培训管理' },
		statistics,
	],
	township: [
		home,
		{ href: '/township/assisted', label: '代办登记' },
		{ href: '/township/seekers', label: '本乡镇求职者' },
		{ href: '/township/statistics', label: '统计' },
	],
	admin: [home, { href: '/admin/users', label: '用户管理' }, reviews, statistics],
};

/** The main navigation for a role, or the public one when nobody is signed in. */
export function navFor(role: Role | null): readonly NavItem[] {
	return role ? ROLE_NAV[role] : PUBLIC_NAV;
}

/**
 * `aria-current` for a nav link: "page" on the page itself, "true" inside its section
 * (for example a job's detail page under 找工作), otherwise nothing.
 */
export function currentFor(pathname: string, href: string): 'page' | 'true' | undefined {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	if (path === href) return 'page';
	if (href !== '/' && path.startsWith(`${href}/`)) return 'true';
	return undefined;
}
