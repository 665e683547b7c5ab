import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, PhoneSchema, type CurrentUserSchema } from './auth.js';
import { validateCertificate, validateIdNumber } from './identifiers.js';
import { WORK_MODES } from './labels.js';
import { RegisterPersonBodySchema } from './people.js';
import {
	ABILITY_ITEM_CODES,
	CONTACT_PREFERENCE_CODES,
	DISCLOSURE_CODES,
	EDUCATION_LEVELS,
	EMPLOYMENT_FORM_CODES,
	PASSPORT_NEED_CODES,
	type AbilityItem,
} from './profile-codes.js';

/** The steps of the seeker profile editor, in the order the editor shows them. */
export const PROFILE_STEPS = ['basic', 'employment', 'wishes', 'ability', 'passport'] as const;
export type ProfileStep = (typeof PROFILE_STEPS)[number];
export const PROFILE_STEP_LABELS: Record<ProfileStep, string> = {
	basic: '基本情况',
	employment: '就业情况',
	wishes: '求职意向',
	ability: '能力情况',
	passport: '沟通与无障碍需求',
};

/** Wording version of the consent to give the profile to employers (PIPL art. 23). */
export const SHARE_CONSENT_VERSION = '2026-11';
export const SHARE_CONSENT_TEXT =
	'我同意把我的求职资料提供给在本平台已通过县残联、县人社局审核的用人单位，用于招聘我。提供的内容按我选的“谁能看到我的资料”来定：可能包括我的能力情况、求职意向、技能和培训证书、沟通与无障碍需求，选了“全部”时还包括我的姓名和电话。我的身份证号和残疾人证号不会提供给用人单位。我可以随时撤回同意，撤回后用人单位马上就看不到了。';

export const CONSENT_KINDS = ['disability_data', 'share_with_employers'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export const CONSENT_TITLES: Record<ConsentKind, string> = {
	disability_data: '同意保存和使用我的残疾信息',
	share_with_employers: '同意把我的求职资料提供给用人单位',
};
/** What happens when each consent is withdrawn, in plain words. */
export const CONSENT_WITHDRAW_EFFECTS: Record<ConsentKind, string> = {
	disability_data:
		'撤回后，工作人员不再用您的残疾信息为您找工作，用人单位也马上看不到您的资料（给用人单位看的同意会一起撤回）。工作人员会联系您，商量以后怎么办。您以后还可以重新同意。',
	share_with_employers:
		'撤回后，用人单位马上看不到您的资料。已经投递的岗位，单位还能看到您投递时给的内容。您以后还可以重新同意。',
};

const text = (max: number, label: string) =>
	z
		.string({ error: `${label}格式不正确。` })
		.trim()
		.max(max, `${label}最多 ${max} 个字。`);
const optionalDate = (label: string) =>
	z.iso
		.date({ error: `${label}请写成 2030-12-31 这样的日期。` })
		.nullable()
		.optional()
		.or(z.literal('').transform(() => null));
const optionalInt = (label: string, max: number, unit: string) =>
	z
		.number({ error: `${label}请填数字。` })
		.int(`${label}请填整数。`)
		.min(0, `${label}不能小于 0。`)
		.max(max, `${label}最多 ${max} ${unit}。`)
		.nullable()
		.optional();
const list = (max: number, itemMax: number, label: string) =>
	z
		.array(text(itemMax, `每一项${label}`).min(1, `${label}不能是空的。`), {
			error: `${label}格式不正确。`,
		})
		.max(max, `${label}最多填 ${max} 项。`)
		.default([]);

export const BasicStepSchema = z
	.object({
		village: text(40, '村（社区）').default(''),
		education: z
			.enum(EDUCATION_LEVELS, { error: '请选择文化程度。' })
			.or(z.literal(''))
			.default(''),
		phone: PhoneSchema.optional().or(z.literal('').transform(() => undefined)),
		householdType: z.enum(['agricultural', 'non_agricultural'], { error: '请选择户口类型。' }),
		certificateValidFrom: optionalDate('残疾人证发证日期'),
		certificateValidUntil: optionalDate('残疾人证有效期'),
	})
	.refine(
		(b) =>
			!b.certificateValidFrom ||
			!b.certificateValidUntil ||
			b.certificateValidFrom <= b.certificateValidUntil,
		{ path: ['certificateValidUntil'], message: '有效期不能早于发证日期，请核对。' },
	);

export const EmploymentStepSchema = z
	.object({
		employmentStatus: z.enum(['employed', 'unemployed'], { error: '请选择是否已经就业。' }),
		employmentForm: z
			.enum(EMPLOYMENT_FORM_CODES, { error: '请选择就业形式。' })
			.nullable()
			.optional(),
		employedSince: optionalDate('开始工作的日期'),
		unemployedReason: z
			.number({ error: '请选择没有就业的主要原因。' })
			.int()
			.min(1, '请选择没有就业的主要原因。')
			.max(7, '请选择没有就业的主要原因。')
			.nullable()
			.optional(),
	})
	.superRefine((b, ctx) => {
		if (b.employmentStatus === 'employed' && !b.employmentForm)
			ctx.addIssue({ code: 'custom', path: ['employmentForm'], message: '已就业请选择就业形式。' });
		if (b.employmentStatus === 'unemployed' && !b.unemployedReason)
			ctx.addIssue({
				code: 'custom',
				path: ['unemployedReason'],
				message: '没有就业请选择主要原因。',
			});
	});

/**
 * Occupation wishes are codes of the occupations table (picked from the list, checked by the API);
 * anything the list lacks goes in the note (其他想法), which matching does not read.
 */
export const WishesStepSchema = z.object({
	desiredOccupations: z
		.array(
			z
				.string({ error: '请从列出的工作里选。' })
				.trim()
				.regex(/^(?:\d-\d{2}-\d{2}-\d{2}|X-[A-Z]{2,10})$/, '请从列出的工作里选。'),
			{ error: '请从列出的工作里选。' },
		)
		.max(10, '想做的工作最多选 10 项。')
		.default([]),
	desiredOccupationsNote: text(200, '其他想法').default(''),
	desiredWorkModes: z
		.array(z.enum(WORK_MODES, { error: '请从列出的工作方式里选。' }))
		.max(WORK_MODES.length)
		.default([]),
	expectedPayMin: optionalInt('期望月收入', 100_000, '元'),
	maxTravelKm: optionalInt('上班最远距离', 500, '公里'),
	skills: list(20, 40, '技能'),
	trainingCertificates: list(20, 60, '培训证书'),
});

const abilityScore = z
	.union([z.literal(0), z.literal(1), z.literal(2)], {
		error: '请选“做不到”“有些困难”或“没有困难”。',
	})
	.nullable()
	.optional();
export const AbilityStepSchema = z.strictObject(
	Object.fromEntries(ABILITY_ITEM_CODES.map((code) => [code, abilityScore])) as Record<
		AbilityItem,
		typeof abilityScore
	>,
);

export const PassportStepSchema = z.object({
	preferredContact: z
		.array(z.enum(CONTACT_PREFERENCE_CODES, { error: '请从列出的联系方式里选。' }))
		.max(CONTACT_PREFERENCE_CODES.length)
		.default([]),
	needs: z
		.array(z.enum(PASSPORT_NEED_CODES, { error: '请从列出的需求里选。' }))
		.max(PASSPORT_NEED_CODES.length)
		.default([]),
	otherNeeds: text(500, '其他需求').default(''),
	largeText: z.boolean({ error: '请选择是否用大字号。' }).default(false),
	highContrast: z.boolean({ error: '请选择是否用高对比度。' }).default(false),
	disclosure: z.enum(DISCLOSURE_CODES, { error: '请选择谁能看到您的资料。' }),
});

/** The body schema of each step's PUT. */
export const PROFILE_STEP_SCHEMAS = {
	basic: BasicStepSchema,
	employment: EmploymentStepSchema,
	wishes: WishesStepSchema,
	ability: AbilityStepSchema,
	passport: PassportStepSchema,
} as const;
export type ProfileStepBodies = {
	[S in ProfileStep]: z.output<(typeof PROFILE_STEP_SCHEMAS)[S]>;
};
export type ProfileStepInputs = { [S in ProfileStep]: z.input<(typeof PROFILE_STEP_SCHEMAS)[S]> };

const date = z.iso.date().nullable();
export const ProfileSchema = z.object({
	personId: z.uuid(),
	/** Read-only for the seeker: changed only by staff. */
	identity: z.object({
		fullName: z.string(),
		idNumberMasked: z.string(),
		certificateNumberMasked: z.string().nullable(),
		category: z.number().int(),
		categoryName: z.string(),
		level: z.number().int(),
		levelName: z.string(),
		townshipCode: z.string(),
		townshipName: z.string(),
	}),
	basic: z.object({
		village: z.string(),
		education: z.string(),
		phoneMasked: z.string(),
		householdType: z.enum(['agricultural', 'non_agricultural']),
		certificateValidFrom: date,
		certificateValidUntil: date,
	}),
	employment: z.object({
		employmentStatus: z.enum(['employed', 'unemployed']),
		employmentForm: z.enum(EMPLOYMENT_FORM_CODES).nullable(),
		employedSince: date,
		unemployedReason: z.number().int().nullable(),
	}),
	wishes: z.object({
		/** Occupation codes; `desiredOccupationNames` are their names, in the same order. */
		desiredOccupations: z.array(z.string()),
		desiredOccupationNames: z.array(z.string()),
		desiredOccupationsNote: z.string(),
		desiredWorkModes: z.array(z.enum(WORK_MODES)),
		expectedPayMin: z.number().int().nullable(),
		maxTravelKm: z.number().int().nullable(),
		skills: z.array(z.string()),
		trainingCertificates: z.array(z.string()),
	}),
	ability: z.partialRecord(z.enum(ABILITY_ITEM_CODES), z.number().int().min(0).max(2)),
	passport: z.object({
		preferredContact: z.array(z.enum(CONTACT_PREFERENCE_CODES)),
		needs: z.array(z.enum(PASSPORT_NEED_CODES)),
		otherNeeds: z.string(),
		largeText: z.boolean(),
		highContrast: z.boolean(),
		disclosure: z.enum(DISCLOSURE_CODES),
	}),
	complete: z.object(
		Object.fromEntries(PROFILE_STEPS.map((s) => [s, z.boolean()])) as Record<
			ProfileStep,
			z.ZodBoolean
		>,
	),
	/** The seeker wants to be contacted in writing only (deaf or hard of hearing, for example). */
	textOnlyContact: z.boolean(),
	/** Whether the consent to give the profile to employers is in force. */
	sharingConsented: z.boolean(),
	reviewFlags: z.array(z.string()),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const ProfileStepParamsSchema = z.object({
	step: z.enum(PROFILE_STEPS, { error: '没有这一步。' }),
});

export const ConsentSchema = z.object({
	kind: z.enum(CONSENT_KINDS),
	title: z.string(),
	/** The wording shown now; `version` is the wording the person last agreed to, if any. */
	text: z.string(),
	currentVersion: z.string(),
	version: z.string().nullable(),
	active: z.boolean(),
	grantedAt: z.iso.datetime({ offset: true }).nullable(),
	withdrawnAt: z.iso.datetime({ offset: true }).nullable(),
	/** Another consent this one needs first. */
	requires: z.enum(CONSENT_KINDS).nullable(),
	withdrawEffect: z.string(),
});
export type Consent = z.infer<typeof ConsentSchema>;
export const ConsentListSchema = z.object({ items: z.array(ConsentSchema) });
export type ConsentList = z.infer<typeof ConsentListSchema>;
export const ConsentKindParamsSchema = z.object({
	kind: z.enum(CONSENT_KINDS, { error: '没有这种同意。' }),
});

/**
 * The certificate's first 18 characters are the holder's ID number
 * (docs/domain.md#disability-certificate).
 */
function certificateMatchesId(
	body: { idNumber: string; certificateNumber: string },
	ctx: z.RefinementCtx,
) {
	const id = validateIdNumber(body.idNumber);
	const cert = validateCertificate(body.certificateNumber);
	if (id.valid && cert.parsed && cert.parsed.idNumber !== id.normalized) {
		ctx.addIssue({
			code: 'custom',
			path: ['certificateNumber'],
			message: '残疾人证号的前 18 位应与身份证号码相同，请核对两个号码。',
		});
	}
}

const person = RegisterPersonBodySchema.shape;
/** Self sign-up of a seeker: the same identifier checks as staff registration (代办). */
export const SignUpBodySchema = z
	.object({
		phone: PhoneSchema,
		password: z
			.string({ error: '请设一个密码。' })
			.min(PASSWORD_MIN_LENGTH, `密码至少 ${PASSWORD_MIN_LENGTH} 位。`)
			.max(200, '密码太长。'),
		fullName: person.fullName,
		idNumber: person.idNumber,
		certificateNumber: person.certificateNumber,
		townshipCode: person.townshipCode,
		householdType: person.householdType,
		consentDisabilityData: person.consentDisabilityData,
	})
	.superRefine(certificateMatchesId);
export type SignUpBody = z.input<typeof SignUpBodySchema>;

/**
 * What every seeker sign-up says afterwards, registered or not: the answer must not tell a
 * stranger whether an ID number is in the registry.
 */
export const SIGN_UP_CLAIM_NOTICE =
	'账号已开通。如果您已在残联登记，我们会向登记时留的手机号发送验证码：请输入验证码关联登记信息，或带上身份证和残疾人证到乡镇残联确认。';

/** The one-time code sent to the phone on record, entered after sign-up. */
export const ClaimCodeBodySchema = z.object({
	code: z
		.string({ error: '请填写验证码。' })
		.transform((v) =>
			v
				.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
				.replace(/\s/g, ''),
		)
		.pipe(z.string().regex(/^\d{6}$/, '验证码是 6 位数字。')),
});
export type ClaimCodeBody = z.input<typeof ClaimCodeBodySchema>;

/** A sign-up waiting for township staff to check the papers (the person's page). */
export const PersonClaimSchema = z.object({
	id: z.uuid(),
	userId: z.uuid(),
	displayName: z.string(),
	phoneMasked: z.string(),
	createdAt: z.iso.datetime({ offset: true }),
});
export type PersonClaim = z.infer<typeof PersonClaimSchema>;
export const PersonClaimListSchema = z.object({ items: z.array(PersonClaimSchema) });
export const PersonClaimParamsSchema = z.object({
	personId: z.uuid({ error: '编号格式不正确' }),
	claimId: z.uuid({ error: '编号格式不正确' }),
});
export const ClaimLinkedSchema = z.object({ personId: z.uuid(), userId: z.uuid() });

/** UI defaults a seeker chose in the passport; applied at sign-in. */
export type UiDefaults = NonNullable<z.infer<typeof CurrentUserSchema>['uiDefaults']>;
