import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { EMPLOYMENT_FORM_CODES } from './profile-codes.js';

/**
 * 自主创业 and 居家就业 (issue 15 §6): the business itself is the person's employment record
 * (form self_employed or flexible), which the indicators already count; here is the support
 * given to it — loans, subsidies, a place in a 创业孵化基地.
 */

export const SUPPORT_KIND_LABELS = {
	loan: '创业贷款（贴息）',
	subsidy: '创业补贴、一次性扶持',
	incubator: '入驻创业孵化基地',
	equipment: '设备、场地或网络',
	training: '创业培训',
	other: '其他扶持',
} as const;
export type SupportKind = keyof typeof SUPPORT_KIND_LABELS;
export const SUPPORT_KINDS = Object.keys(SUPPORT_KIND_LABELS) as [SupportKind, ...SupportKind[]];

/** The employment forms that count as self-employment here: 个体就业（含自主创业） and 灵活就业/居家. */
export const SELF_EMPLOYED_FORMS = ['self_employed', 'flexible'] as const;

export const SUPPORT_AMOUNT_MAX = 10_000_000;
export const SUPPORT_NOTE_MAX = 500;

export const SupportSchema = z.object({
	id: z.uuid(),
	personId: z.uuid(),
	/** The self-employment record current when the support was recorded, if there was one. */
	employmentRecordId: z.uuid().nullable(),
	kind: z.enum(SUPPORT_KINDS),
	kindLabel: z.string(),
	/** Yuan; null for support that is not money (a place in an incubator). */
	amount: z.number().int().nullable(),
	grantedOn: z.iso.date(),
	provider: z.string(),
	note: z.string(),
	recordedByName: z.string().nullable(),
	createdAt: z.string(),
});
export type Support = z.infer<typeof SupportSchema>;

/** The business as the current employment record has it. */
export const SelfEmploymentSchema = z.object({
	recordId: z.uuid(),
	form: z.enum(EMPLOYMENT_FORM_CODES),
	formLabel: z.string(),
	employerName: z.string(),
	startedOn: z.iso.date().nullable(),
});
export type SelfEmployment = z.infer<typeof SelfEmploymentSchema>;

/** One person's support; `business` is null when their current record is not self-employment. */
export const PersonSupportSchema = z.object({
	personId: z.uuid(),
	personName: z.string(),
	business: SelfEmploymentSchema.nullable(),
	totalAmount: z.number().int(),
	items: z.array(SupportSchema),
});
export type PersonSupport = z.infer<typeof PersonSupportSchema>;

export const SupportInputSchema = z.object({
	kind: z.enum(SUPPORT_KINDS, { error: '请选择扶持的种类。' }),
	amount: z.coerce
		.number({ error: '金额要写数字（元）。' })
		.int('金额请写整数（元）。')
		.min(0, '金额不能是负数。')
		.max(SUPPORT_AMOUNT_MAX, '金额太大了，请核对（单位是元）。')
		.nullable()
		.default(null),
	grantedOn: z.iso.date({ error: '请填写日期，格式如 2026-03-01。' }),
	provider: z.string().trim().max(100, '提供单位请控制在 100 字以内。').default(''),
	note: z
		.string()
		.trim()
		.max(SUPPORT_NOTE_MAX, `备注请控制在 ${SUPPORT_NOTE_MAX} 字以内。`)
		.default(''),
});
export type SupportInput = z.input<typeof SupportInputSchema>;
export type SupportData = z.output<typeof SupportInputSchema>;

export const SupportParamsSchema = z.object({ personId: UuidSchema, supportId: UuidSchema });

const blankToUndefined = z.literal('').transform(() => undefined);

export const SelfEmployedQuerySchema = PageQuerySchema.extend({
	/** A township's code; township staff always see their own. */
	township: z.string().trim().max(20, '乡镇编码不正确。').optional().or(blankToUndefined),
});
export type SelfEmployedQuery = z.infer<typeof SelfEmployedQuerySchema>;

export const SelfEmployedPersonSchema = z.object({
	personId: z.uuid(),
	fullName: z.string(),
	townshipName: z.string(),
	business: SelfEmploymentSchema,
	support: z.object({
		count: z.number().int(),
		totalAmount: z.number().int(),
		kinds: z.array(z.enum(SUPPORT_KINDS)),
		kindLabels: z.array(z.string()),
	}),
});
export type SelfEmployedPerson = z.infer<typeof SelfEmployedPersonSchema>;
export const SelfEmployedListSchema = pageOf(SelfEmployedPersonSchema);
export type SelfEmployedList = z.infer<typeof SelfEmployedListSchema>;
