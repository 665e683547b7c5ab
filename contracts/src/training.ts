import { z } from 'zod';
import { CERTIFICATE_KIND_CODES } from './certificates.js';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';

/**
 * 职业技能培训 (issue 15 §1, docs/training.md): courses, enrolment by the seeker or by staff for
 * them (代办), attendance by day, and the result. A completed course writes its certificate into
 * the seeker's certificate records, which matching counts.
 */

/** 培训周期 of the real-name statistics (docs/domain.md, "Statistics codes"). */
export const TRAINING_LENGTH_LABELS = {
	long: '长期（半年以上）',
	medium: '中期（一个月到半年）',
	short: '短期（一个月以内）',
} as const;
export type TrainingLength = keyof typeof TRAINING_LENGTH_LABELS;
export const TRAINING_LENGTHS = Object.keys(TRAINING_LENGTH_LABELS) as [
	TrainingLength,
	...TrainingLength[],
];

/** What a course offers for access; shown on the course and chosen when it is set up. */
export const TRAINING_ACCESS_LABELS = {
	sign_language: '有手语翻译',
	braille_large_print: '有盲文或大字材料',
	step_free: '场地无台阶，轮椅能进',
	online: '可以在网上学',
} as const;
export type TrainingAccess = keyof typeof TRAINING_ACCESS_LABELS;
export const TRAINING_ACCESS = Object.keys(TRAINING_ACCESS_LABELS) as [
	TrainingAccess,
	...TrainingAccess[],
];

export const ENROLMENT_STATUS_LABELS = {
	enrolled: '已报名',
	withdrawn: '已取消报名',
	completed: '已结业',
	not_completed: '未结业',
} as const;
export type EnrolmentStatus = keyof typeof ENROLMENT_STATUS_LABELS;
export const ENROLMENT_STATUSES = Object.keys(ENROLMENT_STATUS_LABELS) as [
	EnrolmentStatus,
	...EnrolmentStatus[],
];

/** Who put the person on the course: they themselves, or staff for them (代办). */
export const ENROLMENT_VIA = ['self', 'staff'] as const;

/** Where a course stands on a given day, from its dates. */
export const COURSE_PHASE_LABELS = {
	upcoming: '报名中',
	running: '正在上课',
	finished: '已结束',
} as const;
export type CoursePhase = keyof typeof COURSE_PHASE_LABELS;

export const TRAINING_TITLE_MAX = 100;
export const TRAINING_TEXT_MAX = 2000;
export const TRAINING_COST_MAX = 1_000_000;
export const TRAINING_SEATS_MAX = 1000;

const date = (what: string) => z.iso.date({ error: `请填写${what}，格式如 2026-03-01。` });

export const TrainingCourseSchema = z.object({
	id: z.uuid(),
	title: z.string(),
	provider: z.string(),
	occupationCode: z.string().nullable(),
	occupationName: z.string().nullable(),
	townshipCode: z.string(),
	townshipName: z.string(),
	startDate: z.iso.date(),
	endDate: z.iso.date(),
	lengthClass: z.enum(TRAINING_LENGTHS),
	seats: z.number().int(),
	/** Places still free: seats less those enrolled or finished. */
	seatsLeft: z.number().int(),
	/** 元 per person paid by the learner; 0 for free courses. */
	cost: z.number().int(),
	funding: z.string(),
	access: z.array(z.enum(TRAINING_ACCESS)),
	/** The certificate the course gives on completion (a code of CERTIFICATE_KINDS), if any. */
	certificateKind: z.enum(CERTIFICATE_KIND_CODES).nullable(),
	description: z.string(),
	phase: z.enum(['upcoming', 'running', 'finished']),
	/** Whether a seeker may still sign up: until the first day, with a place free. */
	open: z.boolean(),
	/** The signed-in seeker's own enrolment on this course, if any (null for everyone else). */
	mine: z
		.object({ id: z.uuid(), status: z.enum(ENROLMENT_STATUSES), via: z.enum(ENROLMENT_VIA) })
		.nullable(),
});
export type TrainingCourse = z.infer<typeof TrainingCourseSchema>;

export const TrainingCourseListQuerySchema = PageQuerySchema.extend({
	/** `open` (default): courses one can still sign up for; `all`: finished ones too. */
	show: z
		.enum(['open', 'all'], { error: '请选择要看的课程。' })
		.optional()
		.or(z.literal('').transform(() => undefined))
		.transform((v) => v ?? 'open'),
});
export type TrainingCourseListQuery = z.infer<typeof TrainingCourseListQuerySchema>;

export const TrainingCourseListSchema = pageOf(TrainingCourseSchema);
export type TrainingCourseList = z.infer<typeof TrainingCourseListSchema>;

export const CourseParamsSchema = z.object({ courseId: UuidSchema });
export const EnrolmentParamsSchema = CourseParamsSchema.extend({ enrolmentId: UuidSchema });
export const AttendanceParamsSchema = CourseParamsSchema.extend({ date: date('上课日期') });
export const PersonCourseParamsSchema = CourseParamsSchema.extend({ personId: UuidSchema });

/** A course as staff set it up. Dates are the county's calendar days. */
export const TrainingCourseInputSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(2, '请填写课程名称（至少 2 个字）。')
			.max(TRAINING_TITLE_MAX, '课程名称太长了。'),
		provider: z.string().trim().min(2, '请填写培训机构。').max(100, '培训机构名称太长了。'),
		occupationCode: z
			.string()
			.trim()
			.max(20)
			.optional()
			.transform((v) => v || null),
		townshipCode: z.string({ error: '请选择上课的乡镇。' }).trim().min(1, '请选择上课的乡镇。'),
		startDate: date('开始日期'),
		endDate: date('结束日期'),
		lengthClass: z.enum(TRAINING_LENGTHS, { error: '请选择培训周期。' }),
		seats: z.coerce
			.number({ error: '名额要写数字。' })
			.int('名额要写整数。')
			.min(1, '名额至少 1 个。')
			.max(TRAINING_SEATS_MAX, `名额最多 ${TRAINING_SEATS_MAX} 个。`),
		cost: z.coerce
			.number({ error: '费用要写数字。' })
			.int('费用要写整数（元）。')
			.min(0, '费用不能是负数。')
			.max(TRAINING_COST_MAX, '费用太大了。')
			.default(0),
		funding: z.string().trim().max(200, '经费来源太长了。').default(''),
		access: z.array(z.enum(TRAINING_ACCESS, { error: '请从列表里选择无障碍条件。' })).default([]),
		certificateKind: z
			.enum(CERTIFICATE_KIND_CODES, { error: '请从列表里选择结业证书。' })
			.nullable()
			.default(null),
		description: z
			.string()
			.trim()
			.max(TRAINING_TEXT_MAX, `介绍请控制在 ${TRAINING_TEXT_MAX} 字以内。`)
			.default(''),
	})
	.superRefine((c, ctx) => {
		if (c.endDate < c.startDate)
			ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期。' });
	});
export type TrainingCourseInput = z.input<typeof TrainingCourseInputSchema>;
export type TrainingCourseData = z.output<typeof TrainingCourseInputSchema>;

export const EnrolmentSchema = z.object({
	id: z.uuid(),
	courseId: z.uuid(),
	personId: z.uuid(),
	personName: z.string(),
	townshipName: z.string(),
	status: z.enum(ENROLMENT_STATUSES),
	statusLabel: z.string(),
	via: z.enum(ENROLMENT_VIA),
	/** The days the person was present, YYYY-MM-DD, oldest first. */
	attended: z.array(z.iso.date()),
	enrolledAt: z.string(),
	resultAt: z.string().nullable(),
	/** The certificate the completion wrote into the person's records (null: none). */
	certificateId: z.uuid().nullable(),
});
export type Enrolment = z.infer<typeof EnrolmentSchema>;

/** A course's roster for staff; township staff see only the people of their own township. */
export const EnrolmentListSchema = z.object({
	course: TrainingCourseSchema,
	/** The course days up to today, for the attendance form. */
	days: z.array(z.iso.date()),
	items: z.array(EnrolmentSchema),
});
export type EnrolmentList = z.infer<typeof EnrolmentListSchema>;

export const EnrolResultSchema = z.object({
	enrolment: EnrolmentSchema,
	/** False when the person was already on the course: nothing new was made. */
	created: z.boolean(),
});
export type EnrolResult = z.infer<typeof EnrolResultSchema>;

/** 点名: who was present on one course day; everyone else on the roster was absent. */
export const AttendanceInputSchema = z.object({
	present: z.array(UuidSchema).max(TRAINING_SEATS_MAX).default([]),
});
export type AttendanceInput = z.infer<typeof AttendanceInputSchema>;

export const AttendanceResultSchema = z.object({
	date: z.iso.date(),
	present: z.number().int(),
	absent: z.number().int(),
});

/** 结业: the course's result for one person. Saving again corrects it. */
export const EnrolmentResultInputSchema = z.object({
	result: z.enum(['completed', 'not_completed'], { error: '请选择是否结业。' }),
});
export type EnrolmentResultInput = z.infer<typeof EnrolmentResultInputSchema>;

/** The seeker's own courses, newest first. */
export const MyTrainingSchema = z.object({
	items: z.array(
		z.object({
			enrolment: EnrolmentSchema.omit({ personName: true, townshipName: true }),
			course: TrainingCourseSchema.omit({ mine: true }),
		}),
	),
});
export type MyTraining = z.infer<typeof MyTrainingSchema>;
