import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { MyTrainingSchema } from './training.js';

/**
 * 培训需求 (issue 15 §1, docs/training.md "Training needs"): what a person needs to learn and
 * why, recorded by staff; met when a course in that occupation is completed. The plan's training
 * rate counts these, and staff read the open ones to decide which course to organise.
 */

export const TRAINING_NEED_WHAT_MAX = 100;
export const TRAINING_NEED_REASON_MAX = 300;

/** Which needs a list shows: still open (the default), already met, or both. */
export const TRAINING_NEED_VIEW_LABELS = {
	open: '未满足',
	met: '已满足',
	all: '全部',
} as const;
export type TrainingNeedView = keyof typeof TRAINING_NEED_VIEW_LABELS;
export const TRAINING_NEED_VIEWS = Object.keys(TRAINING_NEED_VIEW_LABELS) as [
	TrainingNeedView,
	...TrainingNeedView[],
];

const blankToUndefined = z.literal('').transform(() => undefined);

export const TrainingNeedInputSchema = z.object({
	/** A code of the occupations list; empty when the need is not about one occupation. */
	occupationCode: z
		.string({ error: '请从列表里选择职业。' })
		.trim()
		.max(20, '请从列表里选择职业。')
		.nullish()
		.transform((v) => v || null),
	what: z
		.string({ error: '请填写想学什么。' })
		.trim()
		.min(1, '请填写想学什么。')
		.max(TRAINING_NEED_WHAT_MAX, `想学什么请控制在 ${TRAINING_NEED_WHAT_MAX} 字以内。`),
	reason: z
		.string({ error: '原因要写成文字。' })
		.trim()
		.max(TRAINING_NEED_REASON_MAX, `原因请控制在 ${TRAINING_NEED_REASON_MAX} 字以内。`)
		.default(''),
});
export type TrainingNeedInput = z.input<typeof TrainingNeedInputSchema>;
export type TrainingNeedData = z.output<typeof TrainingNeedInputSchema>;

export const TrainingNeedSchema = z.object({
	id: z.uuid(),
	personId: z.uuid(),
	occupationCode: z.string().nullable(),
	occupationName: z.string().nullable(),
	what: z.string(),
	reason: z.string(),
	/** Who recorded it; null once that account is gone. */
	recordedBy: z.object({ name: z.string(), roleLabel: z.string() }).nullable(),
	createdAt: z.string(),
	/** When a completed course met it; null while it is open. */
	metAt: z.string().nullable(),
	/** The course whose completion met it (null while open, or if that enrolment is gone). */
	metByCourse: z.object({ id: z.uuid(), title: z.string() }).nullable(),
});
export type TrainingNeed = z.infer<typeof TrainingNeedSchema>;

export const TrainingNeedListSchema = z.object({ items: z.array(TrainingNeedSchema) });
export type TrainingNeedList = z.infer<typeof TrainingNeedListSchema>;

export const PersonTrainingNeedParamsSchema = z.object({
	personId: UuidSchema,
	needId: UuidSchema,
});

/** The needs across people, for planning courses; township staff see their own township only. */
export const TrainingNeedQuerySchema = PageQuerySchema.extend({
	township: z.string().max(12, '请从列表里选择乡镇。').optional().or(blankToUndefined),
	occupation: z.string().max(20, '请从列表里选择职业。').optional().or(blankToUndefined),
	met: z
		.enum(TRAINING_NEED_VIEWS, { error: '请选择要看的培训需求。' })
		.optional()
		.or(blankToUndefined)
		.transform((v) => v ?? 'open'),
});
export type TrainingNeedQuery = z.infer<typeof TrainingNeedQuerySchema>;

export const TrainingNeedRowSchema = TrainingNeedSchema.extend({
	personName: z.string(),
	townshipCode: z.string(),
	townshipName: z.string(),
});
export type TrainingNeedRow = z.infer<typeof TrainingNeedRowSchema>;

/** Open needs by occupation: how many people want to learn it (null: no occupation chosen). */
export const TrainingNeedSummarySchema = z.object({
	occupationCode: z.string().nullable(),
	occupationName: z.string().nullable(),
	people: z.number().int(),
});
export type TrainingNeedSummary = z.infer<typeof TrainingNeedSummarySchema>;

export const TrainingNeedOverviewSchema = pageOf(TrainingNeedRowSchema).extend({
	/** Open needs per occupation in the chosen township (every occupation, whatever the page). */
	summary: z.array(TrainingNeedSummarySchema),
});
export type TrainingNeedOverview = z.infer<typeof TrainingNeedOverviewSchema>;

/** A seeker's own needs, read-only; the staff member's name is not shown to them. */
export const MyTrainingNeedSchema = TrainingNeedSchema.omit({ recordedBy: true });
export type MyTrainingNeed = z.infer<typeof MyTrainingNeedSchema>;

/** The seeker's courses and their training needs. */
export const MyTrainingWithNeedsSchema = MyTrainingSchema.extend({
	needs: z.array(MyTrainingNeedSchema),
});
export type MyTrainingWithNeeds = z.infer<typeof MyTrainingWithNeedsSchema>;
