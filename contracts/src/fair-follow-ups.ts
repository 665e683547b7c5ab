import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';

/**
 * 回访: the visits 30, 60 and 90 days after a hire made at a fair (issue 14 §7, docs/fairs.md
 * "Follow-up visits"). A visit may be recorded from a week before it falls due; two weeks after
 * it, an unrecorded visit is overdue.
 */
export const FOLLOW_UP_DAYS = [30, 60, 90] as const;
export const FOLLOW_UP_EARLY_DAYS = 7;
export const FOLLOW_UP_GRACE_DAYS = 14;

export const FOLLOW_UP_STATE_LABELS = {
	upcoming: '未到时间',
	due: '待回访',
	overdue: '已逾期',
	done: '已回访',
} as const;
export type FollowUpState = keyof typeof FOLLOW_UP_STATE_LABELS;
export const FOLLOW_UP_STATES = Object.keys(FOLLOW_UP_STATE_LABELS) as [
	FollowUpState,
	...FollowUpState[],
];

/** Which visits a list shows: those still to make (the default) or those recorded. */
export const FOLLOW_UP_VIEW_LABELS = { todo: '还没回访', done: '已回访' } as const;
export type FollowUpView = keyof typeof FOLLOW_UP_VIEW_LABELS;

export const FollowUpListQuerySchema = PageQuerySchema.extend({
	view: z
		.enum(['todo', 'done'], { error: '请选择要看的回访。' })
		.optional()
		.or(z.literal('').transform(() => undefined))
		.transform((v) => v ?? 'todo'),
});
export type FollowUpListQuery = z.infer<typeof FollowUpListQuerySchema>;

export const FollowUpParamsSchema = z.object({ fairId: UuidSchema, followUpId: UuidSchema });

export const FollowUpSchema = z.object({
	id: z.uuid(),
	day: z.number().int(),
	dueAt: z.string(),
	/** From this moment the visit may be recorded. */
	opensAt: z.string(),
	state: z.enum(FOLLOW_UP_STATES),
	stateLabel: z.string(),
	personId: z.uuid(),
	personName: z.string(),
	townshipName: z.string().nullable(),
	employerName: z.string(),
	postingTitle: z.string(),
	hiredAt: z.string().nullable(),
	/** What the visit before this one found, so the next caller knows (null: none recorded). */
	previous: z.object({ day: z.number().int(), stillEmployed: z.boolean() }).nullable(),
	doneAt: z.string().nullable(),
	stillEmployed: z.boolean().nullable(),
	monthlyWage: z.number().int().nullable(),
	problems: z.string(),
	recordedByName: z.string().nullable(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const FollowUpListSchema = pageOf(FollowUpSchema).extend({
	view: z.enum(['todo', 'done']),
	counts: z.object(
		Object.fromEntries(FOLLOW_UP_STATES.map((s) => [s, z.number().int()])) as Record<
			FollowUpState,
			z.ZodNumber
		>,
	),
});
export type FollowUpList = z.infer<typeof FollowUpListSchema>;

export const FOLLOW_UP_WAGE_MAX = 200_000;
export const FOLLOW_UP_PROBLEMS_MAX = 500;

/** The short form of a visit. Recording again corrects it. */
export const FollowUpInputSchema = z.object({
	stillEmployed: z.boolean({ error: '请选择这位求职者是否还在这家单位上班。' }),
	monthlyWage: z
		.number({ error: '月工资请填数字（元），不知道可以不填。' })
		.int('月工资请填整数（元）。')
		.min(0, '月工资不能是负数。')
		.max(FOLLOW_UP_WAGE_MAX, `月工资最多填 ${FOLLOW_UP_WAGE_MAX.toLocaleString('en')} 元，请检查。`)
		.nullable()
		.default(null),
	problems: z
		.string({ error: '遇到的问题请填文字。' })
		.trim()
		.max(FOLLOW_UP_PROBLEMS_MAX, `遇到的问题最多写 ${FOLLOW_UP_PROBLEMS_MAX} 个字。`)
		.default(''),
});
export type FollowUpInput = z.infer<typeof FollowUpInputSchema>;

export const FollowUpRecordedSchema = z.object({ id: z.uuid(), state: z.enum(FOLLOW_UP_STATES) });
