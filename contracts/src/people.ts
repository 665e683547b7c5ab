import { z } from 'zod';
import { PhoneSchema } from './auth.js';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { validateCertificate, validateIdNumber } from './identifiers.js';
import { DISCLOSURE_CODES, EMPLOYMENT_FORM_CODES } from './profile-codes.js';

/** Wording version of the separate consent (PIPL art. 29) shown on the registration form. */
export const DISABILITY_CONSENT_VERSION = '2026-11';
export const DISABILITY_CONSENT_TEXT =
	'我同意县人社局和县残联为帮助我就业，保存和使用我的残疾类别、等级和残疾人证信息。这些信息只给工作人员看；给用人单位看之前，会另外问我。我可以随时撤回同意。';

const optionalText = (max: number, label: string) =>
	z.string().trim().max(max, `${label}最多 ${max} 个字。`).optional().default('');

/**
 * 代办 registration of a job seeker by staff. The ID and certificate numbers are checked with the
 * shared identifier rules; category, level, sex and birth date are read from them, never typed.
 */
export const RegisterPersonBodySchema = z
	.object({
		fullName: z
			.string({ error: '请填写姓名。' })
			.trim()
			.min(1, '请填写姓名。')
			.max(40, '姓名最多 40 个字。'),
		idNumber: z
			.string({ error: '请填写身份证号码。' })
			.max(64, '身份证号码太长。')
			.superRefine((v, ctx) => {
				for (const e of validateIdNumber(v).errors)
					ctx.addIssue({ code: 'custom', message: e.message });
			}),
		certificateNumber: z
			.string({ error: '请填写残疾人证号。' })
			.max(64, '残疾人证号太长。')
			.superRefine((v, ctx) => {
				for (const e of validateCertificate(v).errors)
					ctx.addIssue({ code: 'custom', message: e.message });
			}),
		certificateValidUntil: z.iso.date({ error: '有效期请写成 2030-12-31 这样的日期。' }).optional(),
		townshipCode: z.string({ error: '请选择乡镇。' }).regex(/^\d{9}$/, '请选择乡镇。'),
		village: optionalText(40, '村（社区）'),
		education: optionalText(20, '文化程度'),
		phone: PhoneSchema.optional().or(z.literal('').transform(() => undefined)),
		householdType: z.enum(['agricultural', 'non_agricultural'], { error: '请选择户口类型。' }),
		/** 多重残疾 only: the 2 or more categories (1–6) it is made of; empty for every other category. */
		categoryComponents: z
			.array(
				z
					.number({ error: '多重残疾的组成类别应为 1 到 6。' })
					.int('多重残疾的组成类别应为 1 到 6。')
					.min(1, '多重残疾的组成类别应为 1 到 6。')
					.max(6, '多重残疾的组成类别应为 1 到 6。'),
				{ error: '多重残疾的组成类别格式不正确。' },
			)
			.max(6, '多重残疾的组成类别最多 6 个。')
			.optional()
			.default([]),
		consentDisabilityData: z.literal(true, {
			error: '登记残疾信息需要本人同意，请确认本人已同意后勾选。',
		}),
	})
	.superRefine((body, ctx) => {
		const id = validateIdNumber(body.idNumber);
		for (const e of id.errors)
			ctx.addIssue({ code: 'custom', path: ['idNumber'], message: e.message });
		const cert = validateCertificate(body.certificateNumber);
		for (const e of cert.errors)
			ctx.addIssue({ code: 'custom', path: ['certificateNumber'], message: e.message });
		const components = new Set(body.categoryComponents ?? []);
		if (cert.parsed && cert.parsed.category === 7 && components.size < 2)
			ctx.addIssue({
				code: 'custom',
				path: ['categoryComponents'],
				message: '多重残疾请勾选它由哪几类残疾组成，至少两类。',
			});
		if (cert.parsed && cert.parsed.category !== 7 && components.size > 0)
			ctx.addIssue({
				code: 'custom',
				path: ['categoryComponents'],
				message: '只有多重残疾（残疾人证号倒数第二位是 7）才勾选组成类别，请取消勾选。',
			});
		if (id.valid && cert.parsed && cert.parsed.idNumber !== id.normalized) {
			ctx.addIssue({
				code: 'custom',
				path: ['certificateNumber'],
				message: '残疾人证号的前 18 位应与身份证号码相同，请核对两个号码。',
			});
		}
	});
export type RegisterPersonBody = z.input<typeof RegisterPersonBodySchema>;

export const PERSON_SOURCES = ['staff', 'self', 'import'] as const;
export const PERSON_SOURCE_LABELS = {
	staff: '工作人员代办',
	self: '本人注册',
	import: '名册导入',
} as const satisfies Record<(typeof PERSON_SOURCES)[number], string>;

export const PersonSummarySchema = z.object({
	id: z.uuid(),
	fullName: z.string(),
	sex: z.enum(['male', 'female']),
	birthYear: z.number().int(),
	idNumberMasked: z.string(),
	category: z.number().int(),
	level: z.number().int(),
	townshipCode: z.string(),
	townshipName: z.string(),
	village: z.string(),
	employmentStatus: z.enum(['employed', 'unemployed']),
	source: z.enum(PERSON_SOURCES),
	/** Codes such as `certificate_long_form`: something staff should check by hand. */
	reviewFlags: z.array(z.string()),
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export const PersonSchema = PersonSummarySchema.extend({
	certificateNumberMasked: z.string().nullable(),
	certificateValidUntil: z.iso.date().nullable(),
	education: z.string(),
	phoneMasked: z.string(),
	householdType: z.enum(['agricultural', 'non_agricultural']),
	employmentForm: z.enum(EMPLOYMENT_FORM_CODES).nullable(),
	/** The staff member who registered the person (代办); null for self-registration and imports. */
	registeredByName: z.string().nullable(),
	registeredAt: z.iso.datetime({ offset: true }),
	disclosure: z.enum(DISCLOSURE_CODES),
	/** The passport in short: how to make contact and what the person needs (codes). */
	preferredContact: z.array(z.string()),
	passportNeeds: z.array(z.string()),
	/** For 多重残疾 (category 7): the categories it is made of; empty otherwise. */
	categoryComponents: z.array(z.number().int()),
	/** The person's certificates (证书), numbers masked; `valid` is false once expired. */
	certificates: z.array(
		z.object({
			kind: z.string(),
			kindName: z.string(),
			numberMasked: z.string(),
			issuedOn: z.iso.date().nullable(),
			validUntil: z.iso.date().nullable(),
			valid: z.boolean(),
		}),
	),
	consents: z.array(
		z.object({
			kind: z.enum(['disability_data', 'share_with_employers']),
			grantedAt: z.iso.datetime({ offset: true }),
			withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
		}),
	),
});
export type Person = z.infer<typeof PersonSchema>;

const blankToUndefined = z.literal('').transform(() => undefined);

export const PERSON_SORTS = ['name', 'newest', 'township'] as const;

/** Registry filters; township staff get their own township whatever they ask for. */
export const PersonListQuerySchema = PageQuerySchema.extend({
	township: z
		.string()
		.regex(/^\d{9}$/, '乡镇代码应为 9 位数字')
		.optional()
		.or(blankToUndefined),
	/** A name (or part of it), or a whole ID number. */
	q: z.string().trim().max(40, '查找内容最多 40 个字。').optional(),
	category: z.coerce
		.number({ error: '残疾类别应为 1 到 7。' })
		.int('残疾类别应为 1 到 7。')
		.min(1, '残疾类别应为 1 到 7。')
		.max(7, '残疾类别应为 1 到 7。')
		.optional()
		.or(blankToUndefined),
	level: z.coerce
		.number({ error: '残疾等级应为 1 到 4。' })
		.int('残疾等级应为 1 到 4。')
		.min(1, '残疾等级应为 1 到 4。')
		.max(4, '残疾等级应为 1 到 4。')
		.optional()
		.or(blankToUndefined),
	employmentStatus: z
		.enum(['employed', 'unemployed'], { error: '就业状况只能选“已就业”或“未就业”。' })
		.optional()
		.or(blankToUndefined),
	/** `yes`: only people with something for staff to check; `no`: only people without. */
	flagged: z
		.enum(['yes', 'no'], { error: '“待核对”只能选“是”或“否”。' })
		.optional()
		.or(blankToUndefined),
	source: z
		.enum(PERSON_SOURCES, { error: '登记方式不在可选范围内。' })
		.optional()
		.or(blankToUndefined),
	sort: z.enum(PERSON_SORTS, { error: '排序方式不在可选范围内。' }).default('name'),
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;
export const PersonListSchema = pageOf(PersonSummarySchema);
export type PersonList = z.infer<typeof PersonListSchema>;

export const PersonIdParamsSchema = z.object({ personId: UuidSchema });

/** The numbers in the clear: only for authorised staff, and every call is written to the audit log. */
export const UnmaskedIdentifiersSchema = z.object({
	idNumber: z.string(),
	certificateNumber: z.string().nullable(),
	phone: z.string(),
});
export type UnmaskedIdentifiers = z.infer<typeof UnmaskedIdentifiersSchema>;
