import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { EMPLOYMENT_FORM_CODES } from './profile-codes.js';

/**
 * 转介 (issue 15 §3): special-education schools, training providers and service agencies refer a
 * person to an employer, a course or a service, and staff follow it to an outcome. And the
 * priority list of disabled university graduates (残疾人大学生) by graduation year.
 */

export const REFERRAL_FROM_LABELS = {
	special_school: '特殊教育学校',
	training_provider: '培训机构',
	service_agency: '服务机构（康复、托养等）',
	federation: '残联或就业服务机构',
	other: '其他',
} as const;
export type ReferralFrom = keyof typeof REFERRAL_FROM_LABELS;
export const REFERRAL_FROMS = Object.keys(REFERRAL_FROM_LABELS) as [
	ReferralFrom,
	...ReferralFrom[],
];

export const REFERRAL_TO_LABELS = {
	employer: '用人单位',
	course: '培训课程',
	service: '服务',
} as const;
export type ReferralTo = keyof typeof REFERRAL_TO_LABELS;
export const REFERRAL_TOS = Object.keys(REFERRAL_TO_LABELS) as [ReferralTo, ...ReferralTo[]];

export const REFERRAL_STATUS_LABELS = {
	open: '已转介，等对方回应',
	in_progress: '对方已接洽',
	succeeded: '成功',
	declined: '没有接受',
	withdrawn: '已撤回',
} as const;
export type ReferralStatus = keyof typeof REFERRAL_STATUS_LABELS;
export const REFERRAL_STATUSES = Object.keys(REFERRAL_STATUS_LABELS) as [
	ReferralStatus,
	...ReferralStatus[],
];
/** The statuses that end a referral: it cannot be updated after these. */
export const CLOSED_REFERRAL_STATUSES: readonly ReferralStatus[] = [
	'succeeded',
	'declined',
	'withdrawn',
];

export const REFERRAL_VIEW_LABELS = { open: '进行中', closed: '已结束', all: '全部' } as const;
export type ReferralView = keyof typeof REFERRAL_VIEW_LABELS;

const blank = z.literal('').transform(() => undefined);

export const ReferralListQuerySchema = PageQuerySchema.extend({
	status: z
		.enum(['open', 'closed', 'all'], { error: '请选择要看的转介。' })
		.optional()
		.or(blank)
		.transform((v) => v ?? 'open'),
	to: z.enum(REFERRAL_TOS, { error: '请选择转介到哪里。' }).optional().or(blank),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuerySchema>;

export const ReferralSummarySchema = z.object({
	id: z.uuid(),
	personId: z.uuid(),
	personName: z.string(),
	townshipName: z.string(),
	fromKind: z.enum(REFERRAL_FROMS),
	fromKindLabel: z.string(),
	fromName: z.string(),
	toKind: z.enum(REFERRAL_TOS),
	toKindLabel: z.string(),
	toName: z.string(),
	employerId: z.uuid().nullable(),
	courseId: z.uuid().nullable(),
	status: z.enum(REFERRAL_STATUSES),
	statusLabel: z.string(),
	closed: z.boolean(),
	/** Days from the referral to its end (or to today while it is open). */
	daysOpen: z.number().int(),
	createdAt: z.string(),
	/** When the newest update was written (the first is the referral itself). */
	lastUpdateAt: z.string(),
	lastNote: z.string(),
});
export type ReferralSummary = z.infer<typeof ReferralSummarySchema>;

export const ReferralListSchema = pageOf(ReferralSummarySchema).extend({
	counts: z.object({ open: z.number().int(), closed: z.number().int(), all: z.number().int() }),
});
export type ReferralList = z.infer<typeof ReferralListSchema>;
export const PersonReferralListSchema = z.object({ items: z.array(ReferralSummarySchema) });

export const ReferralUpdateSchema = z.object({
	id: z.uuid(),
	status: z.enum(REFERRAL_STATUSES),
	statusLabel: z.string(),
	note: z.string(),
	/** Who wrote it; null once that account is gone. */
	byName: z.string().nullable(),
	createdAt: z.string(),
});

export const ReferralSchema = ReferralSummarySchema.extend({
	reason: z.string(),
	outcomeNote: z.string(),
	closedAt: z.string().nullable(),
	createdByName: z.string().nullable(),
	/** Oldest first: the referral's history. */
	updates: z.array(ReferralUpdateSchema),
});
export type Referral = z.infer<typeof ReferralSchema>;

export const REFERRAL_NAME_MAX = 100;
export const REFERRAL_TEXT_MAX = 500;

const idOrNull = UuidSchema.nullish()
	.or(blank)
	.transform((v) => v ?? null);

export const ReferralInputSchema = z
	.object({
		personId: UuidSchema,
		fromKind: z.enum(REFERRAL_FROMS, { error: '请选择是哪一类单位转介的。' }),
		fromName: z
			.string({ error: '请填写转介单位的名称。' })
			.trim()
			.min(2, '请填写转介单位的名称。')
			.max(REFERRAL_NAME_MAX, '名称太长了。'),
		toKind: z.enum(REFERRAL_TOS, { error: '请选择转介到用人单位、培训课程还是服务。' }),
		employerId: idOrNull,
		courseId: idOrNull,
		toName: z.string().trim().max(REFERRAL_NAME_MAX, '名称太长了。').default(''),
		reason: z
			.string()
			.trim()
			.max(REFERRAL_TEXT_MAX, `请控制在 ${REFERRAL_TEXT_MAX} 字以内。`)
			.default(''),
	})
	.superRefine((r, ctx) => {
		if (r.toKind === 'employer' && !r.employerId && r.toName.length < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['employerId'],
				message: '请从列表里选择用人单位；不在平台上的，写上单位名称。',
			});
		if (r.toKind === 'course' && !r.courseId)
			ctx.addIssue({ code: 'custom', path: ['courseId'], message: '请从列表里选择培训课程。' });
		if (r.toKind === 'service' && r.toName.length < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['toName'],
				message: '请写转介到的服务或机构，例如：县康复中心。',
			});
	})
	// only the link of the kind chosen is kept
	.transform((r) => ({
		...r,
		employerId: r.toKind === 'employer' ? r.employerId : null,
		courseId: r.toKind === 'course' ? r.courseId : null,
	}));
export type ReferralInput = z.input<typeof ReferralInputSchema>;
export type ReferralData = z.output<typeof ReferralInputSchema>;

export const ReferralParamsSchema = z.object({ referralId: UuidSchema });
export const PersonReferralParamsSchema = z.object({ personId: UuidSchema });

export const ReferralUpdateInputSchema = z
	.object({
		status: z.enum(REFERRAL_STATUSES, { error: '请选择现在的进展。' }),
		note: z
			.string()
			.trim()
			.max(REFERRAL_TEXT_MAX, `请控制在 ${REFERRAL_TEXT_MAX} 字以内。`)
			.default(''),
		/** A referral to an employer that succeeds: also record the person as employed there. */
		recordEmployment: z.boolean().default(false),
		form: z.enum(EMPLOYMENT_FORM_CODES, { error: '请从列表里选择就业形式。' }).default('quota'),
	})
	.superRefine((u, ctx) => {
		if ((u.status === 'declined' || u.status === 'withdrawn') && u.note.length < 2)
			ctx.addIssue({ code: 'custom', path: ['note'], message: '请写一下原因。' });
	});
export type ReferralUpdateInput = z.input<typeof ReferralUpdateInputSchema>;
export type ReferralUpdateData = z.output<typeof ReferralUpdateInputSchema>;

/** What an update did besides the status: an employment record, a course enrolment. */
export const REFERRAL_EFFECT_LABELS = {
	employment_recorded: '已登记为就业',
	enrolled: '已帮他报名这个课程',
	already_enrolled: '他已经报名了这个课程',
	enrol_refused: '没能报名这个课程',
} as const;
export type ReferralEffectKind = keyof typeof REFERRAL_EFFECT_LABELS;

export const ReferralUpdateResultSchema = z.object({
	referral: ReferralSchema,
	effects: z.array(
		z.object({
			kind: z.enum(
				Object.keys(REFERRAL_EFFECT_LABELS) as [ReferralEffectKind, ...ReferralEffectKind[]],
			),
			detail: z.string(),
		}),
	),
});
export type ReferralUpdateResult = z.infer<typeof ReferralUpdateResultSchema>;

/* 残疾人大学生 */

export const DEGREE_LABELS = {
	junior_college: '大专',
	bachelor: '本科',
	master: '硕士研究生',
	doctor: '博士研究生',
} as const;
export type DegreeLevel = keyof typeof DEGREE_LABELS;
export const DEGREE_LEVELS = Object.keys(DEGREE_LABELS) as [DegreeLevel, ...DegreeLevel[]];

export const GRADUATE_STATUS_LABELS = {
	unemployed: '未就业',
	employed: '已就业',
	all: '全部',
} as const;

/** This year in China, for the latest graduation year a form takes. */
export const chinaYear = (now = Date.now()) => new Date(now + 8 * 3_600_000).getUTCFullYear();

export const GraduateListQuerySchema = PageQuerySchema.extend({
	year: z.coerce
		.number({ error: '毕业年份要写数字。' })
		.int('毕业年份要写数字。')
		.min(1990, '毕业年份从 1990 年起。')
		.max(2100, '毕业年份不对。')
		.optional()
		.or(blank),
	status: z
		.enum(['unemployed', 'employed', 'all'], { error: '请选择就业情况。' })
		.optional()
		.or(blank)
		.transform((v) => v ?? 'all'),
});
export type GraduateListQuery = z.infer<typeof GraduateListQuerySchema>;

export const GraduateSchema = z.object({
	id: z.uuid(),
	personId: z.uuid(),
	personName: z.string(),
	townshipName: z.string(),
	school: z.string(),
	major: z.string(),
	degree: z.enum(DEGREE_LEVELS),
	degreeLabel: z.string(),
	graduationYear: z.number().int(),
	note: z.string(),
	/** From the person's newest employment record. */
	employmentStatus: z.enum(['employed', 'unemployed']),
	employmentLabel: z.string(),
	openReferrals: z.number().int(),
	createdAt: z.string(),
});
export type Graduate = z.infer<typeof GraduateSchema>;

export const GraduateListSchema = pageOf(GraduateSchema).extend({
	/** Every graduation year on the list (newest first), for the year filter. */
	years: z.array(z.number().int()),
});
export type GraduateList = z.infer<typeof GraduateListSchema>;

export const GraduateFieldsSchema = z.object({
	school: z
		.string({ error: '请填写毕业学校。' })
		.trim()
		.min(2, '请填写毕业学校。')
		.max(REFERRAL_NAME_MAX, '学校名称太长了。'),
	major: z.string().trim().max(REFERRAL_NAME_MAX, '专业名称太长了。').default(''),
	degree: z.enum(DEGREE_LEVELS, { error: '请选择学历。' }),
	graduationYear: z.coerce
		.number({ error: '毕业年份要写数字，例如 2025。' })
		.int('毕业年份要写数字，例如 2025。')
		.min(1990, '毕业年份从 1990 年起。')
		.refine((y) => y <= chinaYear() + 1, '毕业年份最晚是明年。'),
	note: z
		.string()
		.trim()
		.max(REFERRAL_TEXT_MAX, `请控制在 ${REFERRAL_TEXT_MAX} 字以内。`)
		.default(''),
});
export const GraduateInputSchema = GraduateFieldsSchema.extend({ personId: UuidSchema });
export type GraduateInput = z.input<typeof GraduateInputSchema>;
export type GraduateData = z.output<typeof GraduateInputSchema>;
export type GraduateFields = z.output<typeof GraduateFieldsSchema>;
export const GraduateParamsSchema = z.object({ graduateId: UuidSchema });
