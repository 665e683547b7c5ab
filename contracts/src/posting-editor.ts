import { z } from 'zod';
import { ACCESSIBILITY_FEATURE_CODES, type AccessibilityFeature } from './accessibility.js';
import { CERTIFICATE_KIND_CODES, type CertificateKind } from './certificates.js';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { phoneField, POSTING_CONTACT_MODES } from './contacts.js';
import { POST_TYPES, WORK_MODES } from './labels.js';
import { ABILITY_ITEM_CODES } from './profile-codes.js';

export * from './inclusion.js';

/**
 * Accommodations a posting can offer: codes of the accessibility vocabulary (accessibility.ts);
 * the editor, the posting page and the search facets show their labels.
 */
export const ACCOMMODATION_OPTIONS = ACCESSIBILITY_FEATURE_CODES;
export type Accommodation = AccessibilityFeature;

export const SOCIAL_INSURANCE_OPTIONS = [
	'五险一金',
	'五险',
	'工伤保险',
	'意外伤害保险',
	'无',
] as const;

/**
 * Certificates the massage post types require (docs/domain.md#blind-massage): codes of
 * CERTIFICATE_KINDS. A 保健按摩 posting asks for at least the junior grade of 保健按摩师.
 */
export const MEDICAL_MASSAGE_CERTIFICATE = 'blind_medical_massage' satisfies CertificateKind;
export const HEALTH_MASSAGE_CERTIFICATE = 'health_massage_junior' satisfies CertificateKind;
export const CERTIFICATE_OPTIONS = CERTIFICATE_KIND_CODES;

export const POSTING_STATUS_LABELS = {
	draft: '草稿',
	submitted: '等待审核',
	returned: '退回修改',
	approved: '已通过',
	published: '已发布',
	closed: '已停止招聘',
	filled: '已招满',
} as const;
export type PostingStatus = keyof typeof POSTING_STATUS_LABELS;
export const POSTING_STATUSES = Object.keys(POSTING_STATUS_LABELS) as [
	PostingStatus,
	...PostingStatus[],
];

export const DEMAND_LABELS = { essential: '必须', desirable: '最好能' } as const;
export type DemandLevel = keyof typeof DEMAND_LABELS;
export const PUBLIC_WELFARE_KIND_LABELS = {
	urban: '城镇公益性岗位',
	rural: '乡村公益性岗位',
} as const;
export const FLAG_DECISION_LABELS = {
	essential: '确实必要（请说明原因）',
	removed: '删除这项要求',
} as const;

/** Longest public-welfare term (docs/domain.md#public-welfare-posts). */
export const PUBLIC_WELFARE_MAX_YEARS = 3;

/** The employer's answer to one inclusion finding. */
export const FlagDecisionSchema = z.object({
	code: z.string().max(40),
	phrase: z.string().max(100),
	decision: z.enum(['essential', 'removed'], { error: '请选择“确实必要”或“删除这项要求”。' }),
	reason: z.string().trim().max(300, '原因最多 300 字。').default(''),
});
export type FlagDecision = z.input<typeof FlagDecisionSchema>;

const pay = (label: string) =>
	z
		.number({ error: `${label}请填数字（元/月）。` })
		.int(`${label}请填整数。`)
		.min(100, `${label}不能低于 100 元/月。`)
		.max(50_000, `${label}不能超过 50000 元/月。`)
		.nullable()
		.default(null);

const isoDate = (label: string) =>
	z.iso
		.date({ error: `${label}请按“年-月-日”填写，例如 2026-03-01。` })
		.nullable()
		.default(null);

/** Latest date a term starting on `start` may end. */
export function publicWelfareTermLimit(start: string): string {
	return `${Number(start.slice(0, 4)) + PUBLIC_WELFARE_MAX_YEARS}${start.slice(4)}`;
}

/** A posting as the employer writes it; saving a draft needs only the basics. */
export const PostingDraftBodySchema = z
	.object({
		postType: z.enum(POST_TYPES, { error: '请选择岗位类型。' }),
		occupationCode: z.string().trim().max(20).nullable().default(null),
		title: z
			.string({ error: '请填写岗位名称。' })
			.trim()
			.min(2, '岗位名称至少 2 个字。')
			.max(60, '岗位名称最多 60 个字。'),
		description: z.string().trim().max(4000, '岗位说明最多 4000 字。').default(''),
		headcount: z
			.number({ error: '招聘人数请填数字。' })
			.int('招聘人数请填整数。')
			.min(1, '招聘人数至少 1 人。')
			.max(999, '招聘人数最多 999 人。')
			.default(1),
		payMin: pay('最低工资'),
		payMax: pay('最高工资'),
		socialInsurance: z
			.enum([...SOCIAL_INSURANCE_OPTIONS, ''], { error: '请从列表里选择社会保险。' })
			.default(''),
		hours: z.string().trim().max(100, '工作时间最多 100 字。').default(''),
		workMode: z.enum(WORK_MODES, { error: '请选择工作方式。' }),
		townshipCode: z.string({ error: '请选择乡镇。' }).regex(/^\d{9}$/, '请选择乡镇。'),
		address: z.string().trim().max(200, '地址最多 200 字。').default(''),
		latitude: z
			.number({ error: '纬度请填数字。' })
			.min(38.4, '坐标不在五台县范围内。')
			.max(39.6, '坐标不在五台县范围内。')
			.nullable()
			.default(null),
		longitude: z
			.number({ error: '经度请填数字。' })
			.min(112.6, '坐标不在五台县范围内。')
			.max(114.2, '坐标不在五台县范围内。')
			.nullable()
			.default(null),
		acceptedCategories: z
			.array(z.number().int().min(1, '残疾类别不正确。').max(7, '残疾类别不正确。'))
			.max(7)
			.default([]),
		/** Accepted 残疾等级 1–4; empty means every level is accepted. */
		acceptedLevels: z
			.array(z.number().int().min(1, '残疾等级不正确。').max(4, '残疾等级不正确。'))
			.max(4)
			.default([])
			.describe('可以接受的残疾等级（1–4 级）；不选（空列表）表示各个等级都可以。'),
		demands: z
			.partialRecord(z.enum(ABILITY_ITEM_CODES), z.enum(['essential', 'desirable']), {
				error: '工作要求的选项不正确。',
			})
			.default({}),
		accommodations: z
			.array(z.enum(ACCOMMODATION_OPTIONS, { error: '请从列表里选择便利条件。' }))
			.max(ACCOMMODATION_OPTIONS.length)
			.default([]),
		requiredCertificates: z
			.array(z.enum(CERTIFICATE_KIND_CODES, { error: '请从列表里选择证书。' }))
			.max(5, '最多选择 5 种证书。')
			.default([]),
		publicWelfareKind: z
			.enum(['urban', 'rural'], { error: '请选择城镇或乡村公益性岗位。' })
			.nullable()
			.default(null),
		fundingSource: z.string().trim().max(100, '资金来源最多 100 字。').default(''),
		termStart: isoDate('岗位开始日期'),
		termEnd: isoDate('岗位结束日期'),
		familyPriority: z.boolean().default(false),
		// whom seekers contact: 县残联 (the default) or the person named here (issue 12 item 1)
		contactMode: z
			.enum(POSTING_CONTACT_MODES, { error: '请选择求职者怎样联系单位。' })
			.default('federation'),
		contactName: z.string().trim().max(30, '联系人最多 30 个字。').default(''),
		contactPhone: phoneField('联系电话'),
		closingDate: isoDate('截止日期'),
		flagDecisions: z.array(FlagDecisionSchema).max(50).default([]),
	})
	.superRefine((b, ctx) => {
		if (b.payMin !== null && b.payMax !== null && b.payMin > b.payMax)
			ctx.addIssue({ code: 'custom', path: ['payMax'], message: '最高工资不能低于最低工资。' });
		if (b.contactMode === 'direct' && !b.contactPhone)
			ctx.addIssue({
				code: 'custom',
				path: ['contactPhone'],
				message: '选了直接联系，请填联系电话；不想公开电话，请选“通过县残联联系”。',
			});
		if ((b.latitude === null) !== (b.longitude === null))
			ctx.addIssue({ code: 'custom', path: ['longitude'], message: '经度和纬度要一起填。' });
		if (b.termStart && b.termEnd) {
			if (b.termEnd <= b.termStart)
				ctx.addIssue({
					code: 'custom',
					path: ['termEnd'],
					message: '岗位结束日期要晚于开始日期。',
				});
			else if (b.termEnd > publicWelfareTermLimit(b.termStart))
				ctx.addIssue({
					code: 'custom',
					path: ['termEnd'],
					message: `公益性岗位期限最长 ${PUBLIC_WELFARE_MAX_YEARS} 年，结束日期最晚为 ${publicWelfareTermLimit(b.termStart)}。`,
				});
		}
	});
export type PostingDraftBody = z.input<typeof PostingDraftBodySchema>;
export type PostingDraft = z.output<typeof PostingDraftBodySchema>;

export const InclusionFlagSchema = z.object({
	code: z.string(),
	phrase: z.string(),
	explanation: z.string(),
	decision: z.enum(['essential', 'removed']).nullable(),
	reason: z.string(),
	/** false when the phrase is no longer in the text (the employer removed it). */
	present: z.boolean(),
});
export type InclusionFlagView = z.infer<typeof InclusionFlagSchema>;

const dateTime = z.iso.datetime({ offset: true }).nullable();

export const EmployerPostingSchema = z.object({
	id: z.uuid(),
	employerId: z.uuid(),
	employerName: z.string(),
	status: z.enum(POSTING_STATUSES),
	postType: z.enum(POST_TYPES),
	occupationCode: z.string().nullable(),
	occupationName: z.string().nullable(),
	title: z.string(),
	description: z.string(),
	headcount: z.number().int(),
	payMin: z.number().int().nullable(),
	payMax: z.number().int().nullable(),
	socialInsurance: z.string(),
	hours: z.string(),
	workMode: z.enum(WORK_MODES),
	townshipCode: z.string(),
	townshipName: z.string(),
	address: z.string(),
	latitude: z.number().nullable(),
	longitude: z.number().nullable(),
	acceptedCategories: z.array(z.number().int()),
	acceptedLevels: z.array(z.number().int()),
	demands: z.record(z.string(), z.enum(['essential', 'desirable'])),
	accommodations: z.array(z.string()),
	/** Accommodations written in words before the code list that matched no code; not matched on. */
	accommodationsNote: z.string(),
	requiredCertificates: z.array(z.string()),
	/** Certificate names written before the kind list that matched no kind; not matched on. */
	requiredCertificatesNote: z.string(),
	publicWelfareKind: z.enum(['urban', 'rural']).nullable(),
	fundingSource: z.string(),
	termStart: z.iso.date().nullable(),
	termEnd: z.iso.date().nullable(),
	familyPriority: z.boolean(),
	contactMode: z.enum(POSTING_CONTACT_MODES),
	contactName: z.string(),
	contactPhone: z.string(),
	closingDate: z.iso.date().nullable(),
	inclusionFlags: z.array(InclusionFlagSchema),
	returnReason: z.string(),
	submittedAt: dateTime,
	reviewedAt: dateTime,
	publishedAt: dateTime,
	closedAt: dateTime,
	createdAt: z.iso.datetime({ offset: true }),
	updatedAt: z.iso.datetime({ offset: true }),
});
export type EmployerPosting = z.infer<typeof EmployerPostingSchema>;

export const EmployerPostingSummarySchema = EmployerPostingSchema.pick({
	id: true,
	title: true,
	status: true,
	postType: true,
	townshipName: true,
	headcount: true,
	returnReason: true,
	submittedAt: true,
	publishedAt: true,
	closingDate: true,
	updatedAt: true,
});
export type EmployerPostingSummary = z.infer<typeof EmployerPostingSummarySchema>;

export const EmployerPostingListSchema = z.object({
	items: z.array(EmployerPostingSummarySchema),
	/** false while the employer's registration awaits approval: drafts only. */
	employerApproved: z.boolean(),
});
export type EmployerPostingList = z.infer<typeof EmployerPostingListSchema>;

export const EmployerPostingIdParamsSchema = z.object({ postingId: UuidSchema });

// ---- review queue ----

export const ReviewQueueItemSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	employerName: z.string(),
	postType: z.enum(POST_TYPES),
	townshipName: z.string(),
	submittedAt: dateTime,
	flagCount: z.number().int(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;

// paged like every list: a county's backlog must not come back in one answer
export const ReviewQueueSchema = pageOf(ReviewQueueItemSchema);
export const ReviewQueueQuerySchema = PageQuerySchema;
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuerySchema>;
export type ReviewQueue = z.infer<typeof ReviewQueueSchema>;

export const ReturnPostingBodySchema = z.object({
	reason: z
		.string({ error: '请写明退回的原因。' })
		.trim()
		.min(5, '退回原因至少 5 个字，让单位知道要改什么。')
		.max(1000, '退回原因最多 1000 字。'),
});
export type ReturnPostingBody = z.infer<typeof ReturnPostingBodySchema>;

// ---- occupations (职业分类大典) ----

export const OccupationSchema = z.object({
	code: z.string(),
	name: z.string(),
	aliases: z.array(z.string()),
	digital: z.boolean(),
	green: z.boolean(),
	confirmed: z.boolean(),
});
export type Occupation = z.infer<typeof OccupationSchema>;
export const OccupationListSchema = z.object({ items: z.array(OccupationSchema) });
export type OccupationList = z.infer<typeof OccupationListSchema>;

export const OccupationCodeSchema = z
	.string({ error: '请填写职业代码。' })
	.trim()
	.regex(
		/^(?:\d-\d{2}-\d{2}-\d{2}|X-[A-Z]{2,10})$/,
		'职业代码格式应为 4-04-05-03（或本地代码 X-ABC）。',
	);

export const OccupationBodySchema = z.object({
	name: z.string({ error: '请填写职业名称。' }).trim().min(2, '职业名称至少 2 个字。').max(60),
	aliases: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
	digital: z.boolean().default(false),
	green: z.boolean().default(false),
	confirmed: z.boolean().default(false),
});
export const CreateOccupationBodySchema = OccupationBodySchema.extend({
	code: OccupationCodeSchema,
});
export type CreateOccupationBody = z.input<typeof CreateOccupationBodySchema>;
export type OccupationBody = z.input<typeof OccupationBodySchema>;
export const OccupationCodeParamsSchema = z.object({ code: OccupationCodeSchema });
