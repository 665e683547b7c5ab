import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';

/**
 * 公益性岗位 placements (issue 15 §4, docs/public-welfare.md). The term rules are in
 * public-welfare-term.ts.
 */

export const PLACEMENT_VIEW_LABELS = {
	active: '在岗',
	ending: '快到期',
	ended: '已结束',
} as const;
export type PlacementView = keyof typeof PLACEMENT_VIEW_LABELS;

export const PlacementListQuerySchema = PageQuerySchema.extend({
	view: z
		.enum(['active', 'ending', 'ended'], { error: '请选择要看的安置。' })
		.optional()
		.or(z.literal('').transform(() => undefined))
		.transform((v) => v ?? 'active'),
});
export type PlacementListQuery = z.infer<typeof PlacementListQuerySchema>;

export const SubsidyMonthSchema = z.object({
	month: z.string(),
	postSubsidy: z.number().int(),
	insuranceSubsidy: z.number().int(),
});

export const PlacementSchema = z.object({
	id: z.uuid(),
	personId: z.uuid(),
	/** The disabled person the placement is for, or through whom a relative is placed. */
	personName: z.string(),
	familyMemberId: z.uuid().nullable(),
	/** The holder: the person, or the relative (then `relation` says who they are). */
	holderName: z.string(),
	relation: z.string().nullable(),
	townshipName: z.string(),
	postTitle: z.string(),
	employerName: z.string(),
	kind: z.enum(['urban', 'rural']),
	fundingSource: z.string(),
	startDate: z.iso.date(),
	endDate: z.iso.date(),
	toRetirement: z.boolean(),
	placementNumber: z.number().int(),
	endedOn: z.iso.date().nullable(),
	endReason: z.string(),
	/** Days until the term ends (negative once it has passed); null once ended. */
	daysLeft: z.number().int().nullable(),
	subsidies: z.array(SubsidyMonthSchema),
	subsidyTotal: z.object({ post: z.number().int(), insurance: z.number().int() }),
});
export type Placement = z.infer<typeof PlacementSchema>;

export const PlacementListSchema = pageOf(PlacementSchema).extend({
	counts: z.object({ active: z.number().int(), ending: z.number().int(), ended: z.number().int() }),
});
export type PlacementList = z.infer<typeof PlacementListSchema>;

const date = (what: string) => z.iso.date({ error: `请填写${what}，格式如 2026-03-01。` });

export const PlacementInputSchema = z
	.object({
		personId: UuidSchema,
		familyMemberId: UuidSchema.nullable().default(null),
		postingId: UuidSchema.nullable().default(null),
		postTitle: z.string().trim().min(2, '请填写岗位名称。').max(60, '岗位名称太长了。'),
		employerId: UuidSchema.nullable().default(null),
		employerName: z.string().trim().min(2, '请填写用人单位。').max(100, '单位名称太长了。'),
		kind: z.enum(['urban', 'rural'], { error: '请选择城镇或乡村公益性岗位。' }),
		fundingSource: z.string().trim().max(100, '资金来源太长了。').default(''),
		startDate: date('上岗日期'),
		endDate: date('期满日期'),
	})
	.superRefine((p, ctx) => {
		if (p.endDate <= p.startDate)
			ctx.addIssue({ code: 'custom', path: ['endDate'], message: '期满日期要晚于上岗日期。' });
	});
export type PlacementInput = z.input<typeof PlacementInputSchema>;
export type PlacementData = z.output<typeof PlacementInputSchema>;

export const PlacementParamsSchema = z.object({ placementId: UuidSchema });
export const SubsidyParamsSchema = PlacementParamsSchema.extend({
	month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份的格式是 2026-03。'),
});

const yuan = (what: string) =>
	z.coerce
		.number({ error: `${what}要写数字（元）。` })
		.int(`${what}要写整数（元）。`)
		.min(0, `${what}不能是负数。`)
		.max(100_000, `${what}太大了。`);

export const SubsidyInputSchema = z.object({
	postSubsidy: yuan('岗位补贴'),
	insuranceSubsidy: yuan('社会保险补贴'),
});
export type SubsidyInput = z.infer<typeof SubsidyInputSchema>;

export const PlacementEndInputSchema = z.object({
	endedOn: date('离岗日期'),
	reason: z.string().trim().min(2, '请写离岗原因。').max(200, '原因太长了。'),
});
export type PlacementEndInput = z.infer<typeof PlacementEndInputSchema>;

/** The term a placement may have, for the form (GET …/term?start=). */
export const PlacementTermQuerySchema = z.object({
	personId: UuidSchema,
	familyMemberId: UuidSchema.optional(),
	start: date('上岗日期'),
});
export const PlacementTermSchema = z.object({
	latestEnd: z.iso.date(),
	toRetirement: z.boolean(),
	retirement: z.iso.date(),
	placementNumber: z.number().int(),
	maxPlacements: z.number().int(),
});
export type PlacementTermAnswer = z.infer<typeof PlacementTermSchema>;

/**
 * Who may be placed, priority first (十四五规划 专栏: 优先安排残疾人及其家庭成员): registered disabled
 * people not in work, then family members who want work. Township-scoped for township staff.
 */
export const PlacementCandidateSchema = z.object({
	personId: z.uuid(),
	familyMemberId: z.uuid().nullable(),
	name: z.string(),
	/** 本人 for the disabled person, else the relation to them. */
	relation: z.string(),
	personName: z.string(),
	townshipName: z.string(),
	priorities: z.array(z.string()),
	placements: z.number().int(),
});
export const PlacementCandidateListSchema = pageOf(PlacementCandidateSchema);
export const PlacementCandidateQuerySchema = PageQuerySchema.extend({
	township: z.string().max(12).optional(),
});
