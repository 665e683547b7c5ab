import type { AbilityItem, PassportNeed } from './profile-codes.js';

/**
 * One accessibility vocabulary (issue 13 §1, docs/matching.md#data): the accommodations a posting
 * offers and the employer's workplace checklist are both codes of this list, so a passport need
 * or an ability gap can be checked against either. The labels are what people read; the codes
 * are stored. The employer checklist (WORKPLACE_ACCESSIBILITY) uses a subset of it.
 */
export const ACCESSIBILITY_FEATURES = {
	step_free_entrance: '无障碍通道（入口无台阶或有坡道）',
	lift: '有电梯',
	accessible_toilet: '无障碍卫生间',
	accessible_parking: '无障碍停车位',
	tactile_paths: '盲道和语音提示',
	screen_reader_software: '读屏软件（办公软件能用读屏操作）',
	large_print: '大字材料',
	signing_staff: '有会手语的同事',
	text_communication: '文字沟通（微信、短信）',
	visual_alarms: '闪光报警（听障人士能看到）',
	adjustable_desks: '可调节高度的工作台',
	quiet_room: '安静的工作区或休息室',
	picture_instructions: '工作流程图示',
	mentor: '专人带教',
	flexible_hours: '弹性工时',
	rest_breaks: '工间休息',
	remote_work: '可居家办公',
	transport_support: '提供上下班接送或交通补助',
	guide_dog_welcome: '欢迎导盲犬同行',
	housing: '提供住宿',
	meals: '提供午餐',
} as const;
export type AccessibilityFeature = keyof typeof ACCESSIBILITY_FEATURES;
export const ACCESSIBILITY_FEATURE_CODES = Object.keys(ACCESSIBILITY_FEATURES) as [
	AccessibilityFeature,
	...AccessibilityFeature[],
];

/** The label of a vocabulary code; an unknown code is shown as it is. */
export function accessibilityLabel(code: string): string {
	return (ACCESSIBILITY_FEATURES as Record<string, string>)[code] ?? code;
}

/**
 * The Chinese words postings stored before the vocabulary existed, and the code each became
 * (the migration *_accessibility_codes does the same in SQL; a unit test keeps them equal).
 */
export const LEGACY_ACCOMMODATION_CODES: Readonly<Record<string, AccessibilityFeature>> = {
	无障碍通道: 'step_free_entrance',
	无障碍卫生间: 'accessible_toilet',
	电梯: 'lift',
	读屏软件: 'screen_reader_software',
	手语同事: 'signing_staff',
	弹性工时: 'flexible_hours',
	工间休息: 'rest_breaks',
	可居家办公: 'remote_work',
	提供上下班接送: 'transport_support',
	安静工作区: 'quiet_room',
	盲道和语音提示: 'tactile_paths',
	工作流程图示: 'picture_instructions',
	专人带教: 'mentor',
	可调节高度的工作台: 'adjustable_desks',
	提供住宿: 'housing',
	提供午餐: 'meals',
	'文字沟通（微信、短信）': 'text_communication',
};

/**
 * Passport need → the features that meet it; any one of them is enough. A need with no feature
 * (考试、面试延长时间) is about the hiring process, not the workplace: no posting meets it here, the
 * seeker asks for it when invited.
 */
export const NEED_MET_BY: Readonly<Record<PassportNeed, readonly AccessibilityFeature[]>> = {
	screen_reader: ['screen_reader_software'],
	large_print: ['large_print'],
	sign_interpreter: ['signing_staff'],
	captions: ['text_communication'],
	step_free: ['step_free_entrance'],
	accessible_toilet: ['accessible_toilet'],
	accessible_parking: ['accessible_parking'],
	flexible_hours: ['flexible_hours'],
	rest_breaks: ['rest_breaks'],
	extra_time: [],
	quiet_space: ['quiet_room'],
	written_instructions: ['text_communication', 'picture_instructions'],
	job_coach: ['mentor'],
	guide_dog: ['guide_dog_welcome'],
	transport: ['transport_support', 'remote_work'],
};

/** Whether the offered features meet a passport need. */
export function needMet(need: string, offered: readonly string[]): boolean {
	const by = (NEED_MET_BY as Record<string, readonly string[]>)[need] ?? [];
	return by.some((f) => offered.includes(f));
}

/**
 * How far a feature closes a gap in an ability item: `some` closes 有些困难 (answer 1) only,
 * `all` closes 做不到 (answer 0) as well.
 */
export type GapClosure = 'some' | 'all';

/**
 * Ability item → the features that close a gap in it. Items missing here (搬运重物, 登高作业, …)
 * no accommodation closes: a demand on them is met only by answering 没有困难.
 */
export const ABILITY_GAP_CLOSED_BY: Readonly<
	Partial<Record<AbilityItem, Readonly<Partial<Record<AccessibilityFeature, GapClosure>>>>>
> = {
	seeing: { screen_reader_software: 'all', tactile_paths: 'all', large_print: 'some' },
	hearing: { signing_staff: 'all', text_communication: 'all', visual_alarms: 'some' },
	speaking: { text_communication: 'all', signing_staff: 'some' },
	reading: { screen_reader_software: 'some', picture_instructions: 'some', large_print: 'some' },
	computer: { screen_reader_software: 'some', mentor: 'some' },
	walking: { step_free_entrance: 'all', lift: 'all' },
	standing: { adjustable_desks: 'all', rest_breaks: 'some' },
	commuting: { transport_support: 'all', remote_work: 'all' },
	noise: { quiet_room: 'all' },
	night_shift: { flexible_hours: 'all' },
	working_alone: { mentor: 'all', picture_instructions: 'some' },
	fast_pace: { flexible_hours: 'some', rest_breaks: 'some' },
	long_focus: { rest_breaks: 'all', quiet_room: 'some' },
	customer_contact: { text_communication: 'some', mentor: 'some' },
};

/**
 * How a posting's demand on an ability item fares for one seeker: met (answered 没有困难), closed
 * by offered features (`by` names them), unmet, or unknown. An unanswered item is never unmet: it
 * shows as 未填写 and must not exclude a posting.
 */
export type DemandOutcome =
	| { verdict: 'met' }
	| { verdict: 'closed'; by: readonly AccessibilityFeature[] }
	| { verdict: 'unmet' }
	| { verdict: 'unknown' };

export function demandMet(
	demand: string,
	answer: 0 | 1 | 2 | null | undefined,
	offered: readonly string[],
): DemandOutcome {
	if (answer === null || answer === undefined) return { verdict: 'unknown' };
	if (answer === 2) return { verdict: 'met' };
	const closers = (ABILITY_GAP_CLOSED_BY as Record<string, Partial<Record<string, GapClosure>>>)[
		demand
	];
	const by = ACCESSIBILITY_FEATURE_CODES.filter((f) => {
		const closes = closers?.[f];
		return offered.includes(f) && (closes === 'all' || (closes === 'some' && answer === 1));
	});
	return by.length ? { verdict: 'closed', by } : { verdict: 'unmet' };
}
