import { z } from 'zod';
import { LoginResultSchema, NewPasswordSchema, PhoneSchema } from './auth.js';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { validateUscc } from './identifiers.js';
import { EMPLOYER_KIND_LABELS, type EmployerKind } from './labels.js';
import {
	EMPLOYER_ROLE_CODES,
	EMPLOYER_STATUS_LABELS,
	WORKPLACE_ACCESSIBILITY_CODES,
} from './profile-codes.js';

export const EMPLOYER_KINDS = Object.keys(EMPLOYER_KIND_LABELS) as [
	EmployerKind,
	...EmployerKind[],
];
/**
 * Kinds that have a 编制数 (the ≥50 / ≥67 rule, docs/domain.md#agencies-and-disclosure); the others
 * must leave it empty.
 */
export const KINDS_WITH_AUTHORIZED_STAFF: readonly EmployerKind[] = ['agency', 'institution'];
export type EmployerStatus = keyof typeof EMPLOYER_STATUS_LABELS;
export const EMPLOYER_STATUSES = Object.keys(EMPLOYER_STATUS_LABELS) as [
	EmployerStatus,
	...EmployerStatus[],
];

/** Review flag: the 统一社会信用代码 failed its check character; staff compare it with the licence. */
export const USCC_CHECKSUM_FLAG = 'uscc_checksum';
export const REVIEW_FLAG_LABELS: Record<string, string> = {
	[USCC_CHECKSUM_FLAG]: '信用代码校验未通过，请核对营业执照',
};

const text = (max: number, label: string) =>
	z
		.string({ error: `${label}格式不正确。` })
		.trim()
		.max(max, `${label}最多 ${max} 个字。`)
		.optional()
		.default('');
const required = (max: number, label: string) =>
	z
		.string({ error: `请填写${label}。` })
		.trim()
		.min(1, `请填写${label}。`)
		.max(max, `${label}最多 ${max} 个字。`);

/** The fields an employer fills in about itself, at sign-up and on the profile page. */
const ProfileFieldsSchema = z.object({
	name: required(80, '单位名称'),
	uscc: z.string({ error: '请填写统一社会信用代码。' }).max(64, '统一社会信用代码太长。'),
	kind: z.enum(EMPLOYER_KINDS, { error: '请选择单位类型。' }),
	roles: z
		.array(z.enum(EMPLOYER_ROLE_CODES, { error: '单位性质选项不正确。' }))
		.max(EMPLOYER_ROLE_CODES.length)
		.optional()
		.default([]),
	authorizedStaff: z
		.number({ error: '编制数请填写整数。' })
		.int('编制数请填写整数。')
		.min(0, '编制数不能小于 0。')
		.max(1_000_000, '编制数太大了，请核对。')
		.nullable()
		.optional(),
	/** 中小学、幼儿园: left out of the ≥50 / ≥67 placement target */
	schoolOrKindergarten: z
		.boolean({ error: '“中小学、幼儿园”选项不正确。' })
		.optional()
		.default(false),
	townshipCode: z.string({ error: '请选择乡镇。' }).regex(/^\d{9}$/, '请选择乡镇。'),
	address: text(120, '地址'),
	contactName: required(40, '联系人'),
	contactPhone: PhoneSchema,
	description: text(1000, '单位简介'),
	accessibility: z
		.array(z.enum(WORKPLACE_ACCESSIBILITY_CODES, { error: '无障碍设施选项不正确。' }))
		.max(WORKPLACE_ACCESSIBILITY_CODES.length)
		.optional()
		.default([]),
	accessibilityNote: text(500, '无障碍情况说明'),
	licenceNumber: text(60, '执业许可证号'),
	licenceValidUntil: z.iso
		.date({ error: '有效期请写成 2030-12-31 这样的日期。' })
		.nullable()
		.optional(),
});

type ProfileFields = z.output<typeof ProfileFieldsSchema>;

/** The rules that tie fields together; issues go to the field a person has to change. */
function checkProfile(body: ProfileFields, ctx: z.RefinementCtx) {
	// A wrong check character alone is accepted and flagged for staff (docs/domain.md#uscc).
	for (const e of validateUscc(body.uscc).errors) {
		if (e.code !== 'checksum_mismatch')
			ctx.addIssue({ code: 'custom', path: ['uscc'], message: e.message });
	}
	const staffed = KINDS_WITH_AUTHORIZED_STAFF.includes(body.kind);
	if (staffed && body.authorizedStaff == null) {
		ctx.addIssue({
			code: 'custom',
			path: ['authorizedStaff'],
			message: '党政机关、事业单位请填写编制数。',
		});
	}
	if (!staffed && body.authorizedStaff != null) {
		ctx.addIssue({
			code: 'custom',
			path: ['authorizedStaff'],
			message: `${EMPLOYER_KIND_LABELS[body.kind]}没有编制数，请把编制数空着。`,
		});
	}
	if (!staffed && body.schoolOrKindergarten) {
		ctx.addIssue({
			code: 'custom',
			path: ['schoolOrKindergarten'],
			message: '只有事业单位、党政机关需要勾选“中小学、幼儿园”，请取消勾选。',
		});
	}
	if (body.roles.includes('blind_medical_massage')) {
		if (!body.licenceNumber)
			ctx.addIssue({
				code: 'custom',
				path: ['licenceNumber'],
				message: '盲人医疗按摩所请填写《医疗机构执业许可证》号码。',
			});
		if (!body.licenceValidUntil)
			ctx.addIssue({
				code: 'custom',
				path: ['licenceValidUntil'],
				message: '盲人医疗按摩所请填写执业许可证的有效期。',
			});
	}
}

/** PUT /api/employers/me: the whole profile, as the editor shows it. */
export const UpdateEmployerBodySchema = ProfileFieldsSchema.superRefine(checkProfile);
export type UpdateEmployerBody = z.input<typeof UpdateEmployerBodySchema>;
export type UpdateEmployer = z.output<typeof UpdateEmployerBodySchema>;

/** POST /api/employers/sign-up: the unit and its first HR account. */
export const EmployerSignUpBodySchema = ProfileFieldsSchema.extend({
	displayName: required(40, '您的姓名'),
	phone: PhoneSchema,
	password: NewPasswordSchema,
}).superRefine(checkProfile);
export type EmployerSignUpBody = z.input<typeof EmployerSignUpBodySchema>;
export type EmployerSignUp = z.output<typeof EmployerSignUpBodySchema>;

export const EmployerSummarySchema = z.object({
	id: z.uuid(),
	name: z.string(),
	uscc: z.string(),
	kind: z.enum(EMPLOYER_KINDS),
	roles: z.array(z.enum(EMPLOYER_ROLE_CODES)),
	townshipCode: z.string(),
	townshipName: z.string(),
	status: z.enum(EMPLOYER_STATUSES),
	reviewFlags: z.array(z.string()),
	createdAt: z.iso.datetime({ offset: true }),
});
export type EmployerSummary = z.infer<typeof EmployerSummarySchema>;

export const EmployerSchema = EmployerSummarySchema.extend({
	authorizedStaff: z.number().int().nullable(),
	schoolOrKindergarten: z.boolean(),
	address: z.string(),
	contactName: z.string(),
	contactPhone: z.string(),
	description: z.string(),
	accessibility: z.array(z.string()),
	accessibilityNote: z.string(),
	licenceNumber: z.string(),
	licenceValidUntil: z.iso.date().nullable(),
	reviewNote: z.string(),
	reviewedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Employer = z.infer<typeof EmployerSchema>;

export const EmployerSignUpResultSchema = LoginResultSchema.extend({ employer: EmployerSchema });
export type EmployerSignUpResult = z.infer<typeof EmployerSignUpResultSchema>;

export const EmployerUserSchema = z.object({
	id: z.uuid(),
	displayName: z.string(),
	phoneMasked: z.string(),
	mustChangePassword: z.boolean(),
	disabled: z.boolean(),
	createdAt: z.iso.datetime({ offset: true }),
});
export type EmployerUser = z.infer<typeof EmployerUserSchema>;
export const EmployerUserListSchema = z.object({ items: z.array(EmployerUserSchema) });
export type EmployerUserList = z.infer<typeof EmployerUserListSchema>;

export const AddEmployerUserBodySchema = z.object({
	displayName: required(40, '姓名'),
	phone: PhoneSchema,
});
export type AddEmployerUserBody = z.input<typeof AddEmployerUserBodySchema>;

/** The temporary password is shown once, to be passed on; it must be changed at first sign-in. */
export const AddedEmployerUserSchema = z.object({
	user: EmployerUserSchema,
	temporaryPassword: z.string(),
});
export type AddedEmployerUser = z.infer<typeof AddedEmployerUserSchema>;

/** For staff: the unit and its HR accounts (phones masked). */
export const EmployerDetailSchema = EmployerSchema.extend({ users: z.array(EmployerUserSchema) });
export type EmployerDetail = z.infer<typeof EmployerDetailSchema>;

const blank = z.literal('').transform(() => undefined);
export const EmployerListQuerySchema = PageQuerySchema.extend({
	status: z.enum(EMPLOYER_STATUSES, { error: '审核状态不正确。' }).optional().or(blank),
	township: z
		.string()
		.regex(/^\d{9}$/, '乡镇代码应为 9 位数字')
		.optional()
		.or(blank),
	q: z.string().trim().max(80, '单位名称最多 80 个字。').optional(),
	flagged: z
		.enum(['true', 'false'], { error: '“需要核对”只能是 true 或 false。' })
		.transform((v) => v === 'true')
		.optional()
		.or(blank),
});
export type EmployerListQuery = z.infer<typeof EmployerListQuerySchema>;
export const EmployerListSchema = pageOf(EmployerSummarySchema);
export type EmployerList = z.infer<typeof EmployerListSchema>;

export const EmployerIdParamsSchema = z.object({ employerId: UuidSchema });
export const EmployerUserIdParamsSchema = z.object({ userId: UuidSchema });

export const ReviewEmployerBodySchema = z
	.object({
		decision: z.enum(['approve', 'reject'], { error: '请选择“通过”或“不通过”。' }),
		note: text(500, '审核意见'),
	})
	.superRefine((body, ctx) => {
		if (body.decision === 'reject' && !body.note)
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: '不通过时请写明原因，单位会看到这段话。',
			});
	});
export type ReviewEmployerBody = z.input<typeof ReviewEmployerBodySchema>;
