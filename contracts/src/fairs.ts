import { z } from 'zod';
import { UuidSchema } from './common.js';
import { EMPLOYER_KINDS } from './employers.js';

/** The four national and provincial themes (docs/domain.md §fairs) or a custom one. */
export const FAIR_THEME_LABELS = {
	employment_aid_month: '就业援助月',
	disability_day: '全国助残日',
	shanxi_month: '山西残疾人就业宣传月',
	spring_breeze: '春风行动',
	custom: '其他主题',
} as const;
export type FairTheme = keyof typeof FAIR_THEME_LABELS;
export const FAIR_THEMES = Object.keys(FAIR_THEME_LABELS) as [FairTheme, ...FairTheme[]];

export const FAIR_MODE_LABELS = { online: '线上', hybrid: '线上线下同步', onsite: '现场' } as const;
export type FairMode = keyof typeof FAIR_MODE_LABELS;
export const FAIR_MODES = Object.keys(FAIR_MODE_LABELS) as [FairMode, ...FairMode[]];

/** What staff set; the public sees published fairs as upcoming, live or finished. */
export const FAIR_STATE_LABELS = {
	draft: '草稿',
	published: '已发布',
	open: '进行中',
	closed: '已结束',
} as const;
export type FairState = keyof typeof FAIR_STATE_LABELS;
export const FAIR_STATES = Object.keys(FAIR_STATE_LABELS) as [FairState, ...FairState[]];

/** The moves staff may make; any other answers 409. */
export const FAIR_STATE_MOVES: Record<FairState, readonly FairState[]> = {
	draft: ['published'],
	published: ['open', 'draft'],
	open: ['closed'],
	closed: [],
};

/** Accommodations a seeker can ask for when registering. */
export const FAIR_NEED_LABELS = {
	sign_interpreter: '手语翻译',
	captions: '文字字幕',
	text_only: '只用文字交流',
	step_free: '无台阶通道',
	extra_time: '延长面试时间',
	companion: '陪同人员',
} as const;
export type FairNeed = keyof typeof FAIR_NEED_LABELS;
export const FAIR_NEEDS = Object.keys(FAIR_NEED_LABELS) as [FairNeed, ...FairNeed[]];

const Iso = z.iso.datetime({ offset: true });

export const FairSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	description: z.string(),
	theme: z.enum(FAIR_THEMES),
	state: z.enum(FAIR_STATES),
	mode: z.enum(FAIR_MODES),
	venue: z.string(),
	venueAccess: z.string(),
	organizer: z.string(),
	startsAt: Iso,
	endsAt: Iso,
	opensAtMinute: z.number().int(),
	closesAtMinute: z.number().int(),
	boothDeadline: Iso.nullable(),
	status: z.enum(['draft', 'upcoming', 'live', 'finished']),
	employerCount: z.number().int().nullable(),
	postingCount: z.number().int().nullable(),
	seekerCount: z.number().int().nullable(),
	intentionCount: z.number().int().nullable(),
});
export type Fair = z.infer<typeof FairSchema>;

/** How many booths of a fair wait for a decision, were approved or refused (organisers only). */
export const BoothCountsSchema = z.object({
	pending: z.number().int(),
	approved: z.number().int(),
	refused: z.number().int(),
});
export type BoothCounts = z.infer<typeof BoothCountsSchema>;

export const FairListSchema = z.object({
	items: z.array(FairSchema.extend({ booths: BoothCountsSchema.nullable() })),
});
export type FairList = z.infer<typeof FairListSchema>;

const minuteOfDay = (label: string) =>
	z.coerce
		.number({ error: `请填写${label}。` })
		.int()
		.min(0, `${label}不正确。`)
		.max(1440, `${label}不正确。`);

/** What staff fill in to create or edit a fair. */
export const FairInputSchema = z
	.object({
		title: z.string().trim().min(2, '请填写招聘会名称（至少 2 个字）。').max(100, '名称太长了。'),
		description: z.string().trim().max(2000, '介绍请控制在 2000 字以内。').default(''),
		theme: z.enum(FAIR_THEMES, { error: '请选择主题。' }),
		mode: z.enum(FAIR_MODES, { error: '请选择举办方式。' }),
		venue: z.string().trim().max(200, '地点太长了。').default(''),
		venueAccess: z.string().trim().max(1000, '无障碍说明请控制在 1000 字以内。').default(''),
		organizer: z.string().trim().min(2, '请填写主办单位。').max(100, '主办单位太长了。'),
		startsAt: Iso.or(z.string().date()).pipe(z.coerce.date({ error: '请填写开始日期。' })),
		endsAt: Iso.or(z.string().date()).pipe(z.coerce.date({ error: '请填写结束日期。' })),
		opensAtMinute: minuteOfDay('每天开始时间').default(540),
		closesAtMinute: minuteOfDay('每天结束时间').default(1020),
		boothDeadline: Iso.or(z.string().date()).pipe(z.coerce.date()).nullable().default(null),
		zones: z.array(z.string().trim().min(1).max(40)).max(20, '展区最多 20 个。').default([]),
		desks: z.array(z.string().trim().min(1).max(40)).max(10, '咨询台最多 10 个。').default([]),
	})
	.superRefine((f, ctx) => {
		if (f.endsAt < f.startsAt)
			ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '结束日期不能早于开始日期。' });
		if (f.closesAtMinute <= f.opensAtMinute)
			ctx.addIssue({
				code: 'custom',
				path: ['closesAtMinute'],
				message: '每天结束时间要晚于开始时间。',
			});
		if (f.boothDeadline && f.boothDeadline > f.endsAt)
			ctx.addIssue({
				code: 'custom',
				path: ['boothDeadline'],
				message: '展位报名截止时间不能晚于招聘会结束。',
			});
	});
export type FairInput = z.input<typeof FairInputSchema>;

export const FairStateInputSchema = z.object({
	state: z.enum(FAIR_STATES, { error: '请选择要改成的状态。' }),
});

export const FairZoneSchema = z.object({
	id: z.uuid(),
	kind: z.enum(['zone', 'desk']),
	name: z.string(),
	description: z.string(),
});

export const BoothPostingSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	headcount: z.number().int(),
	townshipName: z.string(),
	/** for a signed-in seeker: the matching engine's reasons, best first */
	reasons: z.array(z.string()).optional(),
	score: z.number().int().optional(),
	applied: z.boolean().optional(),
});

export const BOOTH_STATUS_LABELS = {
	pending: '待审核',
	approved: '已通过',
	refused: '未通过',
} as const;

export const BoothSchema = z.object({
	id: z.uuid(),
	employerId: z.uuid(),
	employerName: z.string(),
	employerKind: z.enum(EMPLOYER_KINDS),
	zoneId: z.uuid().nullable(),
	status: z.enum(['pending', 'approved', 'refused']),
	reason: z.string().nullable(),
	introduction: z.string(),
	accessibility: z.string(),
	slotMinutes: z.number().int(),
	postings: z.array(BoothPostingSchema),
	reps: z.array(z.object({ userId: z.uuid(), name: z.string(), role: z.enum(['owner', 'rep']) })),
	waiting: z.number().int(),
	freeSlots: z.number().int(),
	score: z.number().int().optional(),
});
export type Booth = z.infer<typeof BoothSchema>;

export const FairCountersSchema = z.object({
	seekersOnline: z.number().int(),
	registered: z.number().int(),
	boothsOpen: z.number().int(),
	applications: z.number().int(),
	chatsWaiting: z.number().int(),
	chatsOpen: z.number().int(),
	interviewsBooked: z.number().int(),
	intentions: z.number().int(),
	at: Iso,
});
export type FairCounters = z.infer<typeof FairCountersSchema>;

export const FairDetailSchema = FairSchema.extend({
	zones: z.array(FairZoneSchema),
	booths: z.array(BoothSchema),
	counters: FairCountersSchema,
	interpreters: z.array(
		z.object({
			id: z.uuid(),
			name: z.string(),
			hours: z.array(z.object({ startsAt: Iso, endsAt: Iso })),
		}),
	),
	/** the signed-in seeker's registration, if any */
	registration: z
		.object({ needs: z.array(z.enum(FAIR_NEEDS)), maxInterviews: z.number().int() })
		.nullable(),
	/** the signed-in employer's own booth, whatever its status */
	myBooth: BoothSchema.nullable(),
	/** the signed-in seeker's interviews at this fair, earliest first */
	myBookings: z.array(
		z.object({
			id: z.uuid(),
			boothId: z.uuid(),
			employerName: z.string(),
			startsAt: Iso,
			endsAt: Iso,
			interpreter: z.object({ name: z.string() }).nullable(),
			/** a phone number or video meeting the booth gave, or '' */
			link: z.string(),
		}),
	),
});
export type FairDetail = z.infer<typeof FairDetailSchema>;

export const RegistrationInputSchema = z.object({
	needs: z
		.array(z.enum(FAIR_NEEDS, { error: '请从列表中选择需要的帮助。' }))
		.max(FAIR_NEEDS.length)
		.default([]),
	maxInterviews: z.coerce
		.number()
		.int()
		.min(1, '面试次数至少 1 次。')
		.max(10, '面试次数最多 10 次。')
		.default(3),
});
export const RegistrationSchema = z.object({
	id: z.uuid(),
	fairId: z.uuid(),
	needs: z.array(z.enum(FAIR_NEEDS)),
	maxInterviews: z.number().int(),
});

export const BoothInputSchema = z.object({
	zoneId: UuidSchema.nullable().default(null),
	introduction: z.string().trim().min(10, '请介绍一下单位（至少 10 个字）。').max(2000),
	accessibility: z.string().trim().max(1000).default(''),
	slotMinutes: z.coerce.number().int().min(10, '面试时段至少 10 分钟。').max(60).default(15),
	postingIds: z.array(UuidSchema).min(1, '请至少选择一个已发布的岗位。').max(50),
	repUserIds: z.array(UuidSchema).max(10).default([]),
});
export type BoothInput = z.input<typeof BoothInputSchema>;

export const BoothDecisionSchema = z
	.object({
		decision: z.enum(['approve', 'refuse'], { error: '请选择通过或不通过。' }),
		reason: z.string().trim().max(500).default(''),
	})
	.refine((d) => d.decision === 'approve' || d.reason.length >= 4, {
		path: ['reason'],
		message: '不通过时请写明原因（至少 4 个字），单位会看到它。',
	});

export const QueuePlaceSchema = z.object({
	id: z.uuid(),
	boothId: z.uuid(),
	status: z.enum(['waiting', 'chatting', 'done', 'left']),
	position: z.number().int(),
	estimatedWaitMinutes: z.number().int(),
});
export type QueuePlace = z.infer<typeof QueuePlaceSchema>;

export const SlotSchema = z.object({ id: z.uuid(), startsAt: Iso, endsAt: Iso, free: z.boolean() });
export const SlotListSchema = z.array(SlotSchema);

export const BookingInputSchema = z.object({ slotId: UuidSchema });
export const BookingSchema = z.object({
	id: z.uuid(),
	slotId: z.uuid(),
	boothId: z.uuid(),
	startsAt: Iso,
	endsAt: Iso,
	interpreter: z.object({ name: z.string() }).nullable(),
	link: z.string(),
});
export type Booking = z.infer<typeof BookingSchema>;

export const FairParamsSchema = z.object({ fairId: UuidSchema });
export const BoothParamsSchema = z.object({ fairId: UuidSchema, boothId: UuidSchema });
export const BookingParamsSchema = BoothParamsSchema.extend({ bookingId: UuidSchema });

/** The interpreter pool: each interpreter's name and the hours they are free. */
export const InterpretersInputSchema = z.object({
	interpreters: z
		.array(
			z.object({
				name: z.string().trim().min(1, '请填写翻译的姓名。').max(40),
				hours: z
					.array(
						z
							.object({ startsAt: z.coerce.date(), endsAt: z.coerce.date() })
							.refine((h) => h.endsAt > h.startsAt, {
								message: '结束时间要晚于开始时间。',
								path: ['endsAt'],
							}),
					)
					.max(50),
			}),
		)
		.max(50)
		.refine((l) => new Set(l.map((i) => i.name)).size === l.length, {
			message: '翻译的姓名不能重复。',
		}),
});
export const InterpreterListSchema = z.array(
	z.object({
		id: z.uuid(),
		name: z.string(),
		hours: z.array(z.object({ startsAt: Iso, endsAt: Iso })),
	}),
);
export const BoothResultSchema = z.object({
	id: z.uuid(),
	status: z.enum(['pending', 'approved', 'refused']),
});

/** One seeker in a booth's queue, as the booth's reps see it before and during a chat. */
export const QueueEntrySchema = z.object({
	id: z.uuid(),
	personId: z.uuid(),
	name: z.string(),
	status: z.enum(['waiting', 'chatting', 'done', 'left']),
	position: z.number().int(),
	joinedAt: Iso,
	needs: z.array(z.enum(FAIR_NEEDS)),
	/** the seeker asked to use text only: reps see a “请用文字” hint */
	textOnly: z.boolean(),
	repUserId: z.uuid().nullable(),
	repName: z.string().nullable(),
});
export type QueueEntry = z.infer<typeof QueueEntrySchema>;

export const CONTACT_INTEREST_LABELS = { interested: '感兴趣', not_interested: '不合适' } as const;

/** What the booth's reps keep about one seeker; private to the employer. */
export const ContactSchema = z.object({
	personId: z.uuid(),
	name: z.string(),
	note: z.string(),
	rating: z.number().int().min(1).max(5).nullable(),
	interest: z.enum(['interested', 'not_interested']).nullable(),
	intentionAt: Iso.nullable(),
	applicationId: z.uuid().nullable(),
	applicationStatus: z.string().nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const BoothBookingSchema = BookingSchema.extend({
	personId: z.uuid(),
	name: z.string(),
	source: z.string(),
});

export const WorkspaceSchema = z.object({
	booth: BoothSchema,
	fairTitle: z.string(),
	fairState: z.enum(FAIR_STATES),
	queue: z.array(QueueEntrySchema),
	contacts: z.array(ContactSchema),
	bookings: z.array(BoothBookingSchema),
});
export type Workspace = z.infer<typeof WorkspaceSchema>;

export const EntryParamsSchema = z.object({ fairId: UuidSchema, entryId: UuidSchema });
export const ContactParamsSchema = z.object({
	fairId: UuidSchema,
	boothId: UuidSchema,
	personId: UuidSchema,
});

export const HandoffInputSchema = z.object({ toUserId: UuidSchema });

export const ContactInputSchema = z.object({
	note: z.string().trim().max(2000, '备注请控制在 2000 字以内。').default(''),
	rating: z.coerce
		.number()
		.int()
		.min(1, '评分是 1 到 5。')
		.max(5, '评分是 1 到 5。')
		.nullable()
		.default(null),
	interest: z.enum(['interested', 'not_interested']).nullable().default(null),
});

export const IntentionInputSchema = z.object({
	postingId: z.uuid({ error: '请选择达成意向的岗位。' }),
});

export const InviteInputSchema = z.object({ personId: UuidSchema, slotId: UuidSchema });
