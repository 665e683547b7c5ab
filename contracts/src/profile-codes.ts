import { ACCESSIBILITY_FEATURES, type AccessibilityFeature } from './accessibility.js';

/**
 * Code lists for the seeker profile, the accessibility & communication passport and the employer's
 * workplace checklist. Postings (issue 4) reuse ABILITY_ITEMS for job demands.
 */

/** Ability profile in the spirit of IMBA/MELBA: about 20 items on a three-step scale. */
export const ABILITY_ITEMS = {
	standing: '长时间站立',
	walking: '走动、上下楼梯',
	lifting: '搬运重物（10 公斤以上）',
	fine_hand: '手指精细操作',
	both_hands: '双手同时操作',
	seeing: '看清文字和物品',
	hearing: '听清说话和提示音',
	speaking: '口头交流',
	reading: '阅读',
	writing: '书写、打字',
	counting: '计数、算账',
	computer: '使用电脑或手机办公',
	noise: '在嘈杂环境工作',
	heights: '登高作业',
	night_shift: '上夜班',
	working_alone: '独立完成工作',
	customer_contact: '接待顾客',
	fast_pace: '快节奏、赶工期',
	long_focus: '长时间集中注意力',
	outdoor: '户外、冷热环境',
	commuting: '自己上下班',
} as const;
export type AbilityItem = keyof typeof ABILITY_ITEMS;
export const ABILITY_ITEM_CODES = Object.keys(ABILITY_ITEMS) as [AbilityItem, ...AbilityItem[]];

/** 0..2; a missing item means “not answered”. */
export const ABILITY_SCALE = { 0: '做不到', 1: '有些困难', 2: '没有困难' } as const;

export const CONTACT_PREFERENCES = {
	text_only: '只用文字（短信、网站消息）',
	sms: '短信',
	phone: '电话',
	sign_language: '手语（视频）',
	family_contact: '请联系家属',
} as const;
export type ContactPreference = keyof typeof CONTACT_PREFERENCES;
export const CONTACT_PREFERENCE_CODES = Object.keys(CONTACT_PREFERENCES) as [
	ContactPreference,
	...ContactPreference[],
];

export const PASSPORT_NEEDS = {
	screen_reader: '使用读屏软件',
	large_print: '大字材料',
	sign_interpreter: '手语翻译',
	captions: '字幕或文字记录',
	step_free: '无台阶通道',
	accessible_toilet: '无障碍卫生间',
	accessible_parking: '无障碍停车位',
	flexible_hours: '弹性工作时间',
	rest_breaks: '工间休息',
	extra_time: '考试、面试延长时间',
	quiet_space: '安静的工作环境',
	written_instructions: '书面工作指示',
	job_coach: '就业辅导员陪同',
	guide_dog: '导盲犬同行',
	transport: '接送或交通补助',
} as const;
export type PassportNeed = keyof typeof PASSPORT_NEEDS;
export const PASSPORT_NEED_CODES = Object.keys(PASSPORT_NEEDS) as [PassportNeed, ...PassportNeed[]];

export const DISCLOSURE_LABELS = {
	on_apply: '只有我投递过的单位能看到',
	summary: '已审核的单位能看到不含姓名和电话的简介',
	full: '已审核的单位能看到我的姓名、电话和简介',
} as const;
export type Disclosure = keyof typeof DISCLOSURE_LABELS;
export const DISCLOSURE_CODES = Object.keys(DISCLOSURE_LABELS) as [Disclosure, ...Disclosure[]];

/**
 * Workplace accessibility checklist of an employer: codes and labels of the one accessibility
 * vocabulary (accessibility.ts), the ones that describe a place rather than a post.
 */
const WORKPLACE_CODES = [
	'step_free_entrance',
	'lift',
	'accessible_toilet',
	'accessible_parking',
	'quiet_room',
	'screen_reader_software',
	'signing_staff',
	'tactile_paths',
	'visual_alarms',
	'adjustable_desks',
	'flexible_hours',
	'remote_work',
	'transport_support',
	'guide_dog_welcome',
] as const satisfies readonly AccessibilityFeature[];
export const WORKPLACE_ACCESSIBILITY = Object.fromEntries(
	WORKPLACE_CODES.map((c) => [c, ACCESSIBILITY_FEATURES[c]]),
) as { readonly [C in (typeof WORKPLACE_CODES)[number]]: (typeof ACCESSIBILITY_FEATURES)[C] };
export type WorkplaceAccessibility = keyof typeof WORKPLACE_ACCESSIBILITY;
export const WORKPLACE_ACCESSIBILITY_CODES = Object.keys(WORKPLACE_ACCESSIBILITY) as [
	WorkplaceAccessibility,
	...WorkplaceAccessibility[],
];

export const EMPLOYER_ROLE_LABELS = {
	blind_medical_massage: '盲人医疗按摩所',
	blind_health_massage: '盲人保健按摩机构',
	auxiliary_employment: '辅助性就业机构',
	rural_support_base: '就业帮扶基地',
	welfare_enterprise: '福利企业',
} as const;
export type EmployerRole = keyof typeof EMPLOYER_ROLE_LABELS;
export const EMPLOYER_ROLE_CODES = Object.keys(EMPLOYER_ROLE_LABELS) as [
	EmployerRole,
	...EmployerRole[],
];

export const EMPLOYER_STATUS_LABELS = {
	pending: '等待审核',
	approved: '已审核',
	rejected: '未通过',
} as const;

/** 就业形式 (动态1表; codes 1 and 4 UNCONFIRMED, docs/domain.md#statistics-codes). */
export const EMPLOYMENT_FORM_LABELS = {
	quota: '按比例就业',
	concentrated: '集中就业',
	self_employed: '个体就业（含自主创业）',
	public_welfare: '公益性岗位就业',
	auxiliary: '辅助性就业',
	rural_farming: '农村种养加',
	flexible: '灵活就业',
} as const;
export type EmploymentForm = keyof typeof EMPLOYMENT_FORM_LABELS;
export const EMPLOYMENT_FORM_CODES = Object.keys(EMPLOYMENT_FORM_LABELS) as [
	EmploymentForm,
	...EmploymentForm[],
];

/** 未就业主要原因 (动态1表 R19). */
export const UNEMPLOYED_REASONS = {
	1: '在校学习',
	2: '退休',
	3: '无意愿就业',
	4: '无就业技能',
	5: '丧失劳动能力',
	6: '农用土地被征用',
	7: '其他',
} as const;

export const EMPLOYMENT_STATUS_LABELS = { employed: '已就业', unemployed: '未就业' } as const;
export const HOUSEHOLD_TYPE_LABELS = { agricultural: '农业', non_agricultural: '非农业' } as const;

/** 文化程度, as the demo data and the federation roster write them. */
export const EDUCATION_LEVELS = [
	'未上学',
	'小学',
	'初中',
	'高中/中专',
	'大专',
	'本科',
	'研究生',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
