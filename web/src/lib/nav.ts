import {
	ADMINS,
	CONTACT_EDITORS,
	COUNTY_STAFF,
	EMPLOYERS,
	FAIR_ORGANISERS,
	inGroup,
	SEARCH_OPERATORS,
	SEEKERS,
	STAFF,
	TOWNSHIP_STAFF,
	TRAINING_ORGANISERS,
	type RoleGroup,
} from '@ronghe/contracts/roles';
import type { Role } from './user';

/** `planned`: a page a later issue builds. It is kept here but never linked until it exists. */
export type NavItem = { href: string; label: string; planned?: true };

const home: NavItem = { href: '/', label: '首页' };
// Employers and staff start from a page of what waits for them; seekers from the public home.
const employerHome: NavItem = { href: '/employer', label: '首页' };
const staffHome: NavItem = { href: '/staff', label: '首页' };
const jobs: NavItem = { href: '/jobs', label: '找工作' };
const fairs: NavItem = { href: '/fairs', label: '招聘会' };
const training: NavItem = { href: '/training', label: '技能培训' };
const levy: NavItem = { href: '/levy', label: '保障金计算' };
const login: NavItem = { href: '/login', label: '登录' };
const account: NavItem = { href: '/account', label: '我的账户' };

const PUBLIC_NAV: readonly NavItem[] = [home, jobs, fairs, training, levy, login];

// A seeker's own work first (following applications, answering invitations); their courses, the
// public fair and training pages and the consents go behind 更多 on a computer screen.
const SEEKER_NAV: readonly NavItem[] = [
	home,
	jobs,
	{ href: '/me/recommendations', label: '推荐岗位' },
	{ href: '/me/applications', label: '我的投递' },
	{ href: '/me/invitations', label: '邀请' },
	{ href: '/me/profile', label: '我的资料' },
	{ href: '/me/notifications', label: '我的提醒' },
	{ href: '/me/training', label: '我的培训' },
	{ href: '/me/saved-searches', label: '保存的搜索' },
	{ href: '/me/consents', label: '我的授权' },
	fairs,
	training,
	account,
];

const EMPLOYER_NAV: readonly NavItem[] = [
	employerHome,
	{ href: '/employer/postings', label: '岗位管理' },
	{ href: '/employer/candidates', label: '找人才' },
	// the unit's booths at fairs; that page links to the public fair list
	{ href: '/employer/fairs', label: '招聘会' },
	{ href: '/employer/quota', label: '保障金计算' },
	{ href: '/employer/profile', label: '单位资料' },
	{ href: '/employer/users', label: '单位账号' },
	account,
];

/**
 * Staff navigation: each entry shows to the role group that its page (and the API behind it)
 * lets in. Staff help people find work (代办), so they keep the public pages after their own
 * tools. The roster import and export are reached from the registry page.
 */
const STAFF_NAV: readonly (NavItem & { for: RoleGroup })[] = [
	{ href: '/staff/registry/new', label: '代办登记', for: TOWNSHIP_STAFF },
	{ href: '/staff/registry', label: '本乡镇求职者', for: TOWNSHIP_STAFF },
	{ href: '/township/statistics', label: '统计', planned: true, for: TOWNSHIP_STAFF },
	{ href: '/admin/users', label: '用户管理', planned: true, for: ADMINS },
	{ href: '/staff/reviews', label: '岗位审核', for: COUNTY_STAFF },
	{ href: '/staff/employers', label: '单位审核', for: COUNTY_STAFF },
	{ href: '/staff/annual-reviews', label: '年审', for: COUNTY_STAFF },
	{ href: '/staff/registry', label: '残疾人登记', for: COUNTY_STAFF },
	{ href: '/staff/quota', label: '按比例就业', for: COUNTY_STAFF },
	{ href: '/staff/audit', label: '审计日志', for: COUNTY_STAFF },
	{ href: '/staff/contacts', label: '联系方式', for: CONTACT_EDITORS },
	{ href: '/staff/search', label: '搜索同步', for: SEARCH_OPERATORS },
	{ href: '/staff/fairs', label: '招聘会管理', for: FAIR_ORGANISERS },
	{ href: '/staff/training', label: '培训管理', for: TRAINING_ORGANISERS },
	{ href: '/staff/public-welfare', label: '公益性岗位', for: STAFF },
	{ href: '/staff/massage', label: '盲人按摩', for: COUNTY_STAFF },
	// township staff reach 规划指标 from their home page: their row of the navigation is full
	{ href: '/staff/indicators', label: '规划指标', for: COUNTY_STAFF },
	{ href: '/staff/statistics', label: '实名制统计', for: COUNTY_STAFF },
	{ ...jobs, for: STAFF },
	{ ...fairs, for: STAFF },
	{ ...training, for: STAFF },
	{ ...levy, for: COUNTY_STAFF },
	{ ...account, for: STAFF },
];

function staffNav(role: Role): readonly NavItem[] {
	return [
		staffHome,
		...STAFF_NAV.filter((entry) => inGroup(role, entry.for)).map(({ for: _, ...item }) => item),
	];
}

/** Every entry for a role or for signed-out visitors, planned pages included. */
export function allNavFor(role: Role | null): readonly NavItem[] {
	if (!role) return PUBLIC_NAV;
	if (inGroup(role, SEEKERS)) return SEEKER_NAV;
	if (inGroup(role, EMPLOYERS)) return EMPLOYER_NAV;
	return staffNav(role);
}

/** Where a role starts: its 首页 link, and where signing in lands without a page to return to. */
export function homeFor(role: Role): string {
	return allNavFor(role)[0]?.href ?? home.href;
}

/** The main navigation as shown: only pages that exist today. */
export function navFor(role: Role | null): readonly NavItem[] {
	return allNavFor(role).filter((item) => !item.planned);
}

/** The most entries that fit one row of the navigation on a computer screen. */
export const NAV_ROW = 9;

/**
 * The navigation in two groups: the entries shown in the row, and the rest behind 更多.
 * A long list (county staff see 13 entries) took two rows; the first tools of the role and
 * 我的账户 stay in the row, the rest (the public pages among them) go behind 更多.
 */
export function navGroupsFor(role: Role | null): { main: NavItem[]; more: NavItem[] } {
	const items = [...navFor(role)];
	if (items.length <= NAV_ROW) return { main: items, more: [] };
	const account = items.find((item) => item.href === '/account');
	const rest = items.filter((item) => item !== account);
	// room for 更多 and 我的账户 at the end of the row
	const shown = rest.slice(0, NAV_ROW - 2);
	return { main: account ? [...shown, account] : shown, more: rest.slice(NAV_ROW - 2) };
}

/**
 * `aria-current` for a nav link: "page" on the page itself, "true" inside its section
 * (for example a job's detail page under 找工作), otherwise nothing.
 */
export function currentFor(pathname: string, href: string): 'page' | 'true' | undefined {
	const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
	if (path === href) return 'page';
	// a home is not a section: /employer is the employer's 首页, not a parent of 岗位管理
	const isHome = [home, employerHome, staffHome].some((h) => h.href === href);
	if (!isHome && path.startsWith(`${href}/`)) return 'true';
	return undefined;
}

// Pages a person would not want to come back to after signing in: the home page (each role then
// lands on its own start page) and the sign-in and sign-up pages themselves.
const NO_RETURN = /^\/(?:$|\?|login(?:$|[/?])|register(?:$|[/?])|logout(?:$|[/?]))/;

/**
 * The address a nav link goes to. 登录 carries the page the person is on (path and query, always
 * of this site), so signing in brings them back to it; the login page checks it again.
 */
export function navHref(item: NavItem, returnTo: string): string {
	if (item.href !== login.href || NO_RETURN.test(returnTo)) return item.href;
	return `${login.href}?returnTo=${encodeURIComponent(returnTo)}`;
}
