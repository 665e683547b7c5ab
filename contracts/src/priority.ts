import { z } from 'zod';
import { CERTIFICATE_KIND_CODES } from './certificates.js';
import { UuidSchema } from './common.js';
import { validateIdNumber } from './identifiers.js';

/*
 * Priority statuses (优先/援助对象), family members and a seeker's own certificates (issue 13 §1,
 * docs/matching.md#data). Staff entries count at once; a seeker's own entry of a status or a
 * family member waits (待核实) until staff of the seeker's township or county confirm it.
 * Matching reads only confirmed statuses, and employers never see any of it.
 */

export const PRIORITY_KINDS = {
	employment_difficulty: '就业困难人员认定',
	disabled_graduate: '残疾人高校毕业生',
	minimum_living: '低保家庭',
	poverty_monitoring: '防止返贫监测对象',
	zero_employment_family: '零就业家庭',
} as const;
export type PriorityKind = keyof typeof PRIORITY_KINDS;
export const PRIORITY_KIND_CODES = Object.keys(PRIORITY_KINDS) as [PriorityKind, ...PriorityKind[]];

export const FAMILY_RELATIONS = {
	spouse: '配偶',
	child: '子女',
	parent: '父母',
	sibling: '兄弟姐妹',
	other: '其他',
} as const;
export type FamilyRelation = keyof typeof FAMILY_RELATIONS;
export const FAMILY_RELATION_CODES = Object.keys(FAMILY_RELATIONS) as [
	FamilyRelation,
	...FamilyRelation[],
];

export const VERIFICATION_LABELS = {
	pending: '待核实',
	confirmed: '已核实',
	refused: '未通过核实',
} as const;
export type Verification = keyof typeof VERIFICATION_LABELS;
const VERIFICATION_CODES = Object.keys(VERIFICATION_LABELS) as [Verification, ...Verification[]];

const blankToNull = z.literal('').transform(() => null);
const optionalDate = (label: string) =>
	z.iso
		.date({ error: `${label}请写成 2030-12-31 这样的日期。` })
		.nullable()
		.optional()
		.or(blankToNull);

export const PriorityStatusBodySchema = z
	.object({
		kind: z.enum(PRIORITY_KIND_CODES, { error: '请选择是哪一种优先对象。' }),
		graduationYear: z
			.number({ error: '毕业年份请填 4 位数字，例如 2025。' })
			.int('毕业年份请填 4 位数字，例如 2025。')
			.min(1980, '毕业年份请填 1980 年以后的年份。')
			.max(2100, '毕业年份不对，请核对。')
			.nullable()
			.optional(),
		documentNumber: z
			.string({ error: '证明文件编号格式不正确。' })
			.trim()
			.max(40, '证明文件编号最多 40 个字。')
			.optional()
			.default(''),
		documentDate: optionalDate('认定日期'),
		validUntil: optionalDate('有效期'),
	})
	.superRefine((b, ctx) => {
		if (b.kind === 'disabled_graduate' && !b.graduationYear)
			ctx.addIssue({
				code: 'custom',
				path: ['graduationYear'],
				message: '残疾人高校毕业生请填写毕业年份。',
			});
		if (b.documentDate && b.validUntil && b.validUntil < b.documentDate)
			ctx.addIssue({
				code: 'custom',
				path: ['validUntil'],
				message: '有效期不能早于认定日期。',
			});
	});
export type PriorityStatusBody = z.input<typeof PriorityStatusBodySchema>;

export const FamilyMemberBodySchema = z.object({
	fullName: z
		.string({ error: '请填写家庭成员的姓名。' })
		.trim()
		.min(1, '请填写家庭成员的姓名。')
		.max(40, '姓名最多 40 个字。'),
	relation: z.enum(FAMILY_RELATION_CODES, { error: '请选择和您的关系。' }),
	idNumber: z
		.string({ error: '请填写家庭成员的身份证号码。' })
		.max(64, '身份证号码太长。')
		.superRefine((v, ctx) => {
			for (const e of validateIdNumber(v).errors)
				ctx.addIssue({ code: 'custom', message: e.message });
		}),
	wantsWork: z.boolean({ error: '请选择这位家庭成员是否想找工作。' }).default(false),
});
export type FamilyMemberBody = z.input<typeof FamilyMemberBodySchema>;

/** Staff confirm or refuse a seeker's own entry; a refusal says why, in words the seeker reads. */
export const VerificationDecisionBodySchema = z
	.object({
		decision: z.enum(['confirm', 'refuse'], { error: '请选择“核实无误”或“不通过”。' }),
		reason: z.string().trim().max(200, '原因最多 200 个字。').optional().default(''),
	})
	.superRefine((b, ctx) => {
		if (b.decision === 'refuse' && !b.reason)
			ctx.addIssue({
				code: 'custom',
				path: ['reason'],
				message: '不通过时请写明原因，求职者会看到。',
			});
	});
export type VerificationDecisionBody = z.input<typeof VerificationDecisionBodySchema>;

const verified = {
	id: z.uuid(),
	state: z.enum(VERIFICATION_CODES),
	stateName: z.string(),
	/** Why staff refused it; empty otherwise. */
	refusalReason: z.string(),
	enteredBy: z.enum(['staff', 'self']),
	createdAt: z.iso.datetime({ offset: true }),
};

export const PriorityStatusSchema = z.object({
	...verified,
	kind: z.enum(PRIORITY_KIND_CODES),
	kindName: z.string(),
	graduationYear: z.number().int().nullable(),
	documentNumber: z.string(),
	documentDate: z.iso.date().nullable(),
	validUntil: z.iso.date().nullable(),
	/** False once the valid-until day has passed: matching no longer counts it. */
	current: z.boolean(),
});
export type PriorityStatus = z.infer<typeof PriorityStatusSchema>;

export const FamilyMemberSchema = z.object({
	...verified,
	fullName: z.string(),
	relation: z.enum(FAMILY_RELATION_CODES),
	relationName: z.string(),
	idNumberMasked: z.string(),
	wantsWork: z.boolean(),
});
export type FamilyMember = z.infer<typeof FamilyMemberSchema>;

export const PriorityRecordsSchema = z.object({
	statuses: z.array(PriorityStatusSchema),
	familyMembers: z.array(FamilyMemberSchema),
});
export type PriorityRecords = z.infer<typeof PriorityRecordsSchema>;

/** A seeker's own entries waiting for staff, in the caller's scope (township staff: one township). */
export const PendingVerificationsSchema = z.object({
	total: z.number().int(),
	items: z.array(
		z.object({
			entry: z.enum(['status', 'family']),
			id: z.uuid(),
			personId: z.uuid(),
			fullName: z.string(),
			townshipName: z.string(),
			/** What waits, e.g. 低保家庭 or 家庭成员：配偶 张某. */
			what: z.string(),
			createdAt: z.iso.datetime({ offset: true }),
		}),
	),
});
export type PendingVerifications = z.infer<typeof PendingVerificationsSchema>;

export const PRIORITY_ENTRIES = ['statuses', 'family'] as const;
export const PriorityEntryParamsSchema = z.object({ entryId: UuidSchema });
export const PersonPriorityEntryParamsSchema = z.object({
	personId: UuidSchema,
	entryId: UuidSchema,
});

export const FamilyIdNumberSchema = z.object({ idNumber: z.string() });

// ---- certificates (证书) ----

export const CertificateBodySchema = z
	.object({
		kind: z.enum(CERTIFICATE_KIND_CODES, { error: '请选择证书种类。' }),
		number: z
			.string({ error: '证书编号格式不正确。' })
			.trim()
			.max(40, '证书编号最多 40 个字。')
			.optional()
			.default(''),
		issuedOn: optionalDate('发证日期'),
		validUntil: optionalDate('有效期'),
	})
	.superRefine((b, ctx) => {
		if (b.issuedOn && b.validUntil && b.validUntil < b.issuedOn)
			ctx.addIssue({ code: 'custom', path: ['validUntil'], message: '有效期不能早于发证日期。' });
	});
export type CertificateBody = z.input<typeof CertificateBodySchema>;

export const CertificateSchema = z.object({
	id: z.uuid(),
	kind: z.string(),
	kindName: z.string(),
	numberMasked: z.string(),
	issuedOn: z.iso.date().nullable(),
	validUntil: z.iso.date().nullable(),
	/** False once expired: 已过期，推荐岗位时不算. */
	valid: z.boolean(),
});
export type Certificate = z.infer<typeof CertificateSchema>;
export const CertificateListSchema = z.object({ items: z.array(CertificateSchema) });
export type CertificateList = z.infer<typeof CertificateListSchema>;
