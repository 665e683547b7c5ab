import { z } from 'zod';
import { UuidSchema } from './common.js';

/** Where an application stands; the seeker and the employer read the same words. */
export const APPLICATION_STATUS_LABELS = {
	submitted: '已投递',
	viewed: '已查看',
	interview: '面试',
	offered: '录用意向',
	hired: '已录用',
	rejected: '不合适',
	withdrawn: '已撤回',
} as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUS_LABELS;
export const APPLICATION_STATUSES = Object.keys(APPLICATION_STATUS_LABELS) as [
	ApplicationStatus,
	...ApplicationStatus[],
];

/** The statuses an employer may set; 撤回 is the seeker's alone. */
export const EMPLOYER_APPLICATION_STATUSES = [
	'viewed',
	'interview',
	'offered',
	'hired',
	'rejected',
] as const satisfies readonly ApplicationStatus[];
export type EmployerApplicationStatus = (typeof EMPLOYER_APPLICATION_STATUSES)[number];

/** Which status may follow which (the API answers 409 to any other move). */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
	submitted: ['viewed', 'interview', 'offered', 'hired', 'rejected', 'withdrawn'],
	viewed: ['interview', 'offered', 'hired', 'rejected', 'withdrawn'],
	interview: ['offered', 'hired', 'rejected', 'withdrawn'],
	offered: ['hired', 'rejected', 'withdrawn'],
	hired: [],
	rejected: ['withdrawn'],
	// the seeker applies again after withdrawing: the same application starts over
	withdrawn: ['submitted'],
};

/** Polite reasons an employer picks from when an application does not fit (不合适). */
export const REJECTION_REASON_LABELS = {
	filled: '岗位已经招满，谢谢您的关注',
	requirements: '这个岗位的要求和您目前的情况不太相符',
	schedule: '工作时间或地点不太合适',
	other_candidate: '我们选择了其他更合适的人选，感谢您的投递',
	later: '暂时不招人了，以后有机会再联系您',
} as const;
export type RejectionReason = keyof typeof REJECTION_REASON_LABELS;
export const REJECTION_REASONS = Object.keys(REJECTION_REASON_LABELS) as [
	RejectionReason,
	...RejectionReason[],
];

export const INVITATION_STATUS_LABELS = {
	pending: '等待回复',
	accepted: '已接受',
	declined: '已谢绝',
} as const;
export type InvitationStatus = keyof typeof INVITATION_STATUS_LABELS;

const NoteSchema = z.string().trim().max(500, '留言最多 500 个字');

export const ApplyBodySchema = z.object({
	note: NoteSchema.optional(),
	/** Show this employer the accessibility & communication passport (沟通与无障碍需求卡). */
	sharePassport: z.boolean().optional(),
	/** Applied at this fair (the fair report counts it); the posting must be at the fair. */
	fairId: UuidSchema.optional(),
});
export type ApplyBody = z.infer<typeof ApplyBodySchema>;

export const IdempotencyHeadersSchema = z.object({
	'idempotency-key': z
		.string({ error: '请带上 Idempotency-Key 请求头，重复提交时才不会投递两次' })
		.min(8, 'Idempotency-Key 至少 8 个字符')
		.max(100, 'Idempotency-Key 最多 100 个字符'),
});

export const IdParamsSchema = z.object({ id: UuidSchema });

export const ApplyResultSchema = z.object({
	id: z.uuid(),
	status: z.enum(APPLICATION_STATUSES),
});
export type ApplyResult = z.infer<typeof ApplyResultSchema>;

export const ApplicationEventSchema = z.object({
	status: z.enum(APPLICATION_STATUSES),
	at: z.iso.datetime({ offset: true }),
	note: z.string(),
	reason: z.enum(REJECTION_REASONS).nullable(),
});
export type ApplicationEvent = z.infer<typeof ApplicationEventSchema>;

/** One of the seeker's own applications, with its timeline. */
export const MyApplicationSchema = z.object({
	id: z.uuid(),
	postingId: z.uuid(),
	postingTitle: z.string(),
	employerName: z.string(),
	status: z.enum(APPLICATION_STATUSES),
	statusChangedAt: z.iso.datetime({ offset: true }),
	createdAt: z.iso.datetime({ offset: true }),
	note: z.string(),
	sharePassport: z.boolean(),
	reason: z.enum(REJECTION_REASONS).nullable(),
	events: z.array(ApplicationEventSchema),
});
export type MyApplication = z.infer<typeof MyApplicationSchema>;
export const MyApplicationListSchema = z.object({ items: z.array(MyApplicationSchema) });
export type MyApplicationList = z.infer<typeof MyApplicationListSchema>;

/** An application as the employer sees it: the person only as the visibility rule allows. */
export const EmployerApplicationSchema = z.object({
	id: z.uuid(),
	postingId: z.uuid(),
	postingTitle: z.string(),
	personId: z.uuid(),
	fullName: z.string(),
	townshipName: z.string(),
	status: z.enum(APPLICATION_STATUSES),
	statusChangedAt: z.iso.datetime({ offset: true }),
	createdAt: z.iso.datetime({ offset: true }),
	note: z.string(),
	sharePassport: z.boolean(),
	reason: z.enum(REJECTION_REASONS).nullable(),
});
export type EmployerApplication = z.infer<typeof EmployerApplicationSchema>;
export const EmployerApplicationListSchema = z.object({
	postingId: z.uuid(),
	postingTitle: z.string(),
	headcount: z.number().int(),
	hired: z.number().int(),
	items: z.array(EmployerApplicationSchema),
});
export type EmployerApplicationList = z.infer<typeof EmployerApplicationListSchema>;

export const ApplicationStatusBodySchema = z
	.object({
		status: z.enum(EMPLOYER_APPLICATION_STATUSES, { error: '请选择新的状态' }),
		note: NoteSchema.optional(),
		reason: z.enum(REJECTION_REASONS, { error: '请选择一个原因' }).optional(),
	})
	.refine((b) => b.status !== 'rejected' || b.reason !== undefined, {
		path: ['reason'],
		message: '标为“不合适”时，请选择一个告诉求职者的原因',
	});
export type ApplicationStatusBody = z.infer<typeof ApplicationStatusBodySchema>;

export const InvitationBodySchema = z.object({
	personId: UuidSchema,
	postingId: UuidSchema,
	message: z.string().trim().min(1, '请写几句邀请的话').max(500, '邀请的话最多 500 个字'),
});
export type InvitationBody = z.infer<typeof InvitationBodySchema>;

export const InvitationSchema = z.object({
	id: z.uuid(),
	postingId: z.uuid().nullable(),
	postingTitle: z.string().nullable(),
	employerName: z.string(),
	message: z.string(),
	status: z.enum(['pending', 'accepted', 'declined']),
	createdAt: z.iso.datetime({ offset: true }),
	respondedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Invitation = z.infer<typeof InvitationSchema>;
export const InvitationListSchema = z.object({ items: z.array(InvitationSchema) });
export type InvitationList = z.infer<typeof InvitationListSchema>;

/** A hire the employer may add to that year's disabled-employee roster (名单建议). */
export const RosterProposalSchema = z.object({
	applicationId: z.uuid(),
	personId: z.uuid(),
	fullName: z.string(),
	postingTitle: z.string(),
	hiredAt: z.iso.datetime({ offset: true }),
});
export type RosterProposal = z.infer<typeof RosterProposalSchema>;
export const RosterProposalListSchema = z.object({
	year: z.number().int(),
	items: z.array(RosterProposalSchema),
});
export type RosterProposalList = z.infer<typeof RosterProposalListSchema>;

/** Staff: how many applications, by posting, employer or township (the seeker's). */
export const ApplicationCountsSchema = z.object({
	byEmployer: z.array(
		z.object({ name: z.string(), total: z.number().int(), hired: z.number().int() }),
	),
	byPosting: z.array(
		z.object({ name: z.string(), total: z.number().int(), hired: z.number().int() }),
	),
	byTownship: z.array(
		z.object({ name: z.string(), total: z.number().int(), hired: z.number().int() }),
	),
});
export type ApplicationCounts = z.infer<typeof ApplicationCountsSchema>;
