import type { Role } from './user';

/** `planned`: a page a later issue builds. It is kept here but never linked until it exists. */
export type NavItem = { href: string; label: string; planned?: true };

const home: NavItem = { href: '/', label: '首页' };
const jobs: NavItem = { href: '/jobs', label: '找工作' };
const fairs: NavItem = { href: '/fairs', label: '招聘会' };
const training: NavItem = { href: '/training', label: '技能培训' };
const levy: NavItem = { href: '/levy', label: '保障金计算' };
const login: NavItem = { href: '/login', label: '登录' };
const account: NavItem = { href: '/account', label: '我的账户' };
const reviews: NavItem = { href: '/staff/reviews', label: '岗位审核' };
const employerReviews: NavItem = { href: '/staff/employers', label: '单位审核' };
const statistics: NavItem = { href: '/admin/statistics', label: '统计', planned: true };
const registry: NavItem = { href: '/staff/registry', label: '残疾人登记' };
const audit: NavItem = { href: '/staff/audit', label: '审计日志' };
const fairAdmin: NavItem = { href: '/admin/fairs', label: '招聘会管理', planned: true };
const searchSync: NavItem = { href: '/staff/search', label: '搜索同步' };
const annualReviews: NavItem = { href: '/staff/annual-reviews', label: '年审' };
const quota: NavItem = { href: '/staff/quota', label: '按比例就业' };

const PUBLIC_NAV: readonly NavItem[] = [home, jobs, fairs, training, levy, login];

// Staff help people find work (代办), so they keep the public pages after their own tools. The
// roster import and export are reached from the registry page.
const ROLE_NAV: Record<Role, readonly NavItem[]> = {
	seeker: [
		home,
		jobs,
		fairs,
		training,
		{ href: '/me/profile', label: '我的资料' },
		{ href: '/me/consents', label: '我的授权' },
		{ href: '/me/applications', label: '我的申请', planned: true },
		{ href: '/me/notifications', label: '我的提醒' },
		account,
	],
	employer: [
		home,
		{ href: '/employer/postings', label: '岗位管理' },
		{ href: '/employer/candidates', label: '找人才' },
		fairs,
		{ href: '/employer/quota', label: '保障金计算' },
		{ href: '/employer/profile', label: '单位资料' },
		{ href: '/employer/users', label: '单位账号' },
		account,
	],
	bureau: [
		home,
		reviews,
		employerReviews,
		annualReviews,
		registry,
		quota,
		audit,
		searchSync,
		fairAdmin,
		statistics,
		jobs,
		fairs,
		training,
		levy,
		account,
	],
	federation: [
		home,
		reviews,
		employerReviews,
		annualReviews,
		registry,
		quota,
		audit,
		fairAdmin,
		{ href: '/admin/training', label: '培训管理', planned: true },
		statistics,
		jobs,
		fairs,
		training,
		levy,
		account,
	],
	township: [
		home,
		{ href: '/staff/registry/new', label: '代办登记' },
		{ href: '/staff/registry', label: '本乡镇求职者' },
		{ href: '/township/statistics', label: '统计', planned: true },
		jobs,
		fairs,
		training,
		account,
	],
	admin: [
		home,
		{ href: '/admin/users', label: '用户管理', planned: true },
		reviews,
		employerReviews,
		annualReviews,
		registry,
		quota,
		audit,
		searchSync,
		statistics,
		jobs,
		fairs,
		training,
		levy,
		account,
	],
};

/** Every entry for a role or for signed-out visitors, planned pages included. */
export function allNavFor(role: Role | null): readonly NavItem[] {
	return role ? ROLE_NAV[role] : PUBLIC_NAV;
}

/** The main navigation as shown: only pages that exist today. */
export function navFor(role: Role | null): readonly NavItem[] {
	return allNavFor(role).filter((item) => !item.planned);
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
