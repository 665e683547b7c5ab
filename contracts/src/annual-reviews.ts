import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { validateCertificate, validateIdNumber } from './identifiers.js';
import { LEVY_CERTIFICATE_LABELS, LEVY_CERTIFICATE_LEVELS, QuotaYearParamsSchema } from './levy.js';

export const ANNUAL_REVIEW_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type AnnualReviewStatus = (typeof ANNUAL_REVIEW_STATUSES)[number];
export const ANNUAL_REVIEW_STATUS_LABELS: Record<AnnualReviewStatus, string> = {
	draft: '还没有提交',
	submitted: '已提交，等待审核',
	returned: '已退回，请修改后重新提交',
	approved: '审核通过',
};
export const REVIEW_DECISIONS = ['pending', 'accepted', 'rejected'] as const;
export const REVIEW_DECISION_LABELS: Record<(typeof REVIEW_DECISIONS)[number], string> = {
	pending: '还没有决定',
	accepted: '通过',
	rejected: '不通过',
};

const isoDate = (label: string) => z.iso.date({ error: `${label}请写成 2025-01-31 这样的日期。` });
const optionalDate = (label: string) =>
	isoDate(label)
		.optional()
		.or(z.literal('').transform(() => undefined));

/**
 * One disabled employee on the employer's roster for a year. A 残疾人证号 is 20 characters (18-digit
 * ID number + category + level) and gives the level; a 残疾军人证号's format is not known
 * (docs/domain.md#military-certificate), so it is free text and the holder's ID number is asked
 * for separately.
 */
const employeeBody = (numberRequired: boolean) =>
	z
		.object({
			displayName: z
				.string({ error: '请填写姓名。' })
				.trim()
				.min(1, '请填写姓名。')
				.max(20, '姓名最多 20 个字。'),
			certificateKind: z.enum(['disability', 'military'], {
				error: '请选择证件：残疾人证或残疾军人证。',
			}),
			certificateNumber: numberRequired
				? z
						.string({ error: '请填写证号。' })
						.trim()
						.min(1, '请填写证号。')
						.max(40, '证号太长了，最多 40 个字符。')
				: z.string().trim().max(40, '证号太长了，最多 40 个字符。').optional(),
			idNumber: z.string().trim().max(40, '身份证号码太长了。').optional(),
			level: z.number({ error: '等级要填数字。' }).int('等级是整数。').optional(),
			certificateValidUntil: optionalDate('证件有效期'),
			contractStart: isoDate('劳动合同开始日期'),
			contractEnd: optionalDate('劳动合同结束日期'),
			monthlyWage: z
				.number({ error: '月工资要填数字（元）。' })
				.min(0, '月工资不能是负数。')
				.max(1_000_000, '月工资太大了，请核对（单位是元）。')
				.refine((v) => /^\d+(\.\d{1,2})?$/.test(String(v)), '月工资最多保留两位小数（到分）。'),
			insuranceMonths: z
				.number({ error: '社保月数要填数字。' })
				.int('社保月数要填整数。')
				.min(0, '社保月数最少 0 个月。')
				.max(12, '社保月数一年最多 12 个月。'),
			monthsCounted: z
				.number({ error: '请填写这一年在岗几个月。' })
				.int('在岗月数要填整数。')
				.min(1, '在岗月数最少 1 个月。')
				.max(12, '在岗月数一年最多 12 个月。'),
		})
		.superRefine((b, ctx) => {
			const at = (path: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [path], message });
			if (b.certificateKind === 'military' && b.level === undefined)
				at('level', '请填写残疾军人证的等级（1 到 10 级）。');
			if (!b.certificateNumber) {
				// an edit that leaves the number empty keeps the stored one
			} else if (b.certificateKind === 'disability') {
				const cert = validateCertificate(b.certificateNumber);
				// a longer reissue number is accepted and flagged for staff
				// (docs/domain.md#disability-certificate)
				for (const e of cert.errors)
					if (e.code !== 'nonstandard_length') at('certificateNumber', e.message);
				if (cert.parsed && b.level !== undefined && b.level !== cert.parsed.level)
					at(
						'level',
						`残疾人证号最后一位是等级 ${cert.parsed.level}，和所填的 ${b.level} 级不一样，请核对。`,
					);
			} else {
				if (!b.idNumber) at('idNumber', '残疾军人证请另外填写本人的身份证号码。');
				else for (const e of validateIdNumber(b.idNumber).errors) at('idNumber', e.message);
			}
			const top = LEVY_CERTIFICATE_LEVELS[b.certificateKind];
			if (b.level !== undefined && (b.level < 1 || b.level > top))
				at(
					'level',
					`${LEVY_CERTIFICATE_LABELS[b.certificateKind]}的等级是 1 到 ${top} 级，没有 ${b.level} 级。`,
				);
			if (b.contractEnd && b.contractEnd < b.contractStart)
				at('contractEnd', '劳动合同结束日期不能早于开始日期。');
			if (b.insuranceMonths > b.monthsCounted) at('insuranceMonths', '社保月数不能多于在岗月数。');
		});
export const DisabledEmployeeBodySchema = employeeBody(true);
/** An edit may leave the number empty: the stored (encrypted) number is kept. */
export const UpdateDisabledEmployeeBodySchema = employeeBody(false);
export type UpdateDisabledEmployeeBody = z.input<typeof UpdateDisabledEmployeeBodySchema>;
export type DisabledEmployeeBody = z.input<typeof DisabledEmployeeBodySchema>;

export const DisabledEmployeeIdParamsSchema = z.object({ employeeId: UuidSchema });

/**
 * What the employer sees of a roster row: the number masked, never anything from the registry, not
 * even whether the registry knows the number (staff see that in the review).
 */
export const DisabledEmployeeSchema = z.object({
	id: z.uuid(),
	year: z.number().int(),
	displayName: z.string(),
	certificateKind: z.enum(['disability', 'military']),
	certificateNumberMasked: z.string(),
	level: z.number().int(),
	certificateValidUntil: z.string().nullable(),
	contractStart: z.string().nullable(),
	contractEnd: z.string().nullable(),
	monthlyWage: z.number().nullable(),
	insuranceMonths: z.number().int(),
	monthsCounted: z.number().int(),
	reviewDecision: z.enum(REVIEW_DECISIONS),
	reviewNote: z.string(),
	warnings: z.array(z.string()),
});
export type DisabledEmployee = z.infer<typeof DisabledEmployeeSchema>;

export const AnnualReviewStateSchema = z.object({
	year: z.number().int(),
	status: z.enum(ANNUAL_REVIEW_STATUSES),
	statusLabel: z.string(),
	submittedAt: z.string().nullable(),
	reviewedAt: z.string().nullable(),
	returnReason: z.string(),
	/** The roster can be changed (not while submitted or approved). */
	editable: z.boolean(),
});
export type AnnualReviewState = z.infer<typeof AnnualReviewStateSchema>;

export const RosterSchema = z.object({
	year: z.number().int(),
	employerName: z.string(),
	review: AnnualReviewStateSchema,
	items: z.array(DisabledEmployeeSchema),
});
export type Roster = z.infer<typeof RosterSchema>;

// ---- staff ----

export const AnnualReviewListQuerySchema = PageQuerySchema.extend({
	year: QuotaYearParamsSchema.shape.year.optional().or(z.literal('').transform(() => undefined)),
	status: z
		.enum(ANNUAL_REVIEW_STATUSES, { error: '请选择审核状态。' })
		.optional()
		.or(z.literal('').transform(() => undefined)),
});
export type AnnualReviewListQuery = z.infer<typeof AnnualReviewListQuerySchema>;

export const AnnualReviewSummarySchema = z.object({
	employerId: z.uuid(),
	employerName: z.string(),
	year: z.number().int(),
	status: z.enum(ANNUAL_REVIEW_STATUSES),
	statusLabel: z.string(),
	submittedAt: z.string().nullable(),
	employees: z.number().int(),
});
export const AnnualReviewListSchema = pageOf(AnnualReviewSummarySchema);
export type AnnualReviewList = z.infer<typeof AnnualReviewListSchema>;

export const AnnualReviewParamsSchema = z.object({
	employerId: UuidSchema,
	year: QuotaYearParamsSchema.shape.year,
});
export const AnnualReviewEmployeeParamsSchema = AnnualReviewParamsSchema.extend({
	employeeId: UuidSchema,
});

export const ReviewedEmployeeSchema = DisabledEmployeeSchema.omit({ warnings: true }).extend({
	idNumberMasked: z.string(),
	/** "已在本县残疾人登记中找到": for staff only, so a roster row cannot test a number. */
	inRegistry: z.boolean(),
	/** System flags for staff: the quota checks and 挂靠 (naming the other employer). */
	flags: z.array(z.string()),
	counts: z.boolean(),
	monthsUsed: z.number().int(),
});
export type ReviewedEmployee = z.infer<typeof ReviewedEmployeeSchema>;

export const AnnualReviewDetailSchema = AnnualReviewStateSchema.extend({
	employerId: z.uuid(),
	employerName: z.string(),
	uscc: z.string(),
	employees: z.array(ReviewedEmployeeSchema),
	pending: z.number().int(),
});
export type AnnualReviewDetail = z.infer<typeof AnnualReviewDetailSchema>;

export const DecideEmployeeBodySchema = z.object({
	decision: z.enum(['accepted', 'rejected'], { error: '请选择通过或不通过。' }),
	note: z.string().trim().max(200, '说明最多 200 个字。').optional().default(''),
});
export type DecideEmployeeBody = z.input<typeof DecideEmployeeBodySchema>;

export const ReturnReviewBodySchema = z.object({
	reason: z
		.string({ error: '请写明退回的原因。' })
		.trim()
		.min(2, '请写明退回的原因，单位会看到。')
		.max(500, '原因最多 500 个字。'),
});
export type ReturnReviewBody = z.input<typeof ReturnReviewBodySchema>;

export const UnmaskedCertificateSchema = z.object({
	certificateNumber: z.string(),
	idNumber: z.string(),
});
export type UnmaskedCertificate = z.infer<typeof UnmaskedCertificateSchema>;

export const AnnualReviewExportQuerySchema = z.object({
	year: QuotaYearParamsSchema.shape.year,
	employerId: UuidSchema.optional().or(z.literal('').transform(() => undefined)),
});
export type AnnualReviewExportQuery = z.infer<typeof AnnualReviewExportQuerySchema>;
