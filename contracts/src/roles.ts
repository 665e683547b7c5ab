import type { Role } from './auth.js';

/*
 * Who may do what, named once. The API's route `access`, the web app's page guards and its
 * navigation all use these groups, so a page, its link and the API behind it cannot drift apart.
 * A group is named for the work it allows, not for its members: two groups may hold the same
 * roles today and still change for different reasons.
 *
 * No runtime imports here, so the browser can load this module (@ronghe/contracts/roles)
 * without the zod schemas.
 */

/** Job seekers (求职者), for their own profile, consents, alerts and saved searches. */
export const SEEKERS = ['seeker'] as const satisfies readonly Role[];

/** Employer HR accounts (用人单位), for their own unit, postings, candidates and quota. */
export const EMPLOYERS = ['employer'] as const satisfies readonly Role[];

/**
 * All staff: the county bureau (人社局), the county federation (残联), township staff and the
 * system administrator. They may act for a seeker (代办), see the registry and read posting and
 * employer reviews; township staff see only their own township.
 */
export const STAFF = [
	'bureau',
	'federation',
	'township',
	'admin',
] as const satisfies readonly Role[];

/**
 * County-wide staff: the bureau, the federation and the administrator, not township staff,
 * whose view is one township. They decide posting and employer reviews and annual reviews,
 * import the roster and see full numbers, run the quota screens (按比例就业), edit the occupation
 * list and read the audit log.
 */
export const COUNTY_STAFF = ['admin', 'bureau', 'federation'] as const satisfies readonly Role[];

/** Who may change the levy rules (保障金规则): the bureau owns the levy policy, and the admin. */
export const RULE_EDITORS = ['admin', 'bureau'] as const satisfies readonly Role[];

/**
 * Who may see and repair the search index sync: the bureau, which runs the platform day to day,
 * and the admin.
 */
export const SEARCH_OPERATORS = ['admin', 'bureau'] as const satisfies readonly Role[];

/**
 * Who may edit the service's contacts (联系方式): county staff for every entry, township staff
 * for their own township's 专职委员 only (the API checks the township).
 */
export const CONTACT_EDITORS = STAFF;

/** Who may edit the site's hotline, address and 备案 numbers shown in the footer. */
export const SITE_INFO_EDITORS = COUNTY_STAFF;

/** The system administrator only (user management). */
export const ADMINS = ['admin'] as const satisfies readonly Role[];

/** Township staff only: their shortcuts to register someone (代办登记) and to their township. */
export const TOWNSHIP_STAFF = ['township'] as const satisfies readonly Role[];

/**
 * Who organise job fairs (招聘会管理): create and publish them, decide booths, keep the
 * interpreter pool and run the interview allocation. The bureau, the federation and the admin.
 */
export const FAIR_ORGANISERS = ['admin', 'bureau', 'federation'] as const satisfies readonly Role[];

/**
 * Who run vocational training (培训管理): set up courses, take attendance and record results.
 * The federation and the bureau both run courses; and the admin. Township staff enrol their
 * people (代办) as STAFF, and see their own township's people on a course.
 */
export const TRAINING_ORGANISERS = [
	'admin',
	'bureau',
	'federation',
] as const satisfies readonly Role[];

/** A role group as the API's `access` and the web guards take it. */
export type RoleGroup = readonly Role[];

/** Whether `role` belongs to `group`; typed for any role, unlike `group.includes` on a tuple. */
export function inGroup(role: Role, group: RoleGroup): boolean {
	return group.includes(role);
}
