import { z } from 'zod';

export const ROLES = ['seeker', 'employer', 'bureau', 'federation', 'township', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
	seeker: '求职者',
	employer: '用人单位',
	bureau: '县人社局工作人员',
	federation: '县残联工作人员',
	township: '乡镇工作人员',
	admin: '系统管理员',
};

/** Mainland mobile number; full-width digits, spaces and dashes and a +86 prefix are accepted. */
export const PhoneSchema = z
	.string({ error: '请填写手机号。' })
	.transform((v) =>
		v
			.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
			.replace(/[\s\-\u3000]/g, '')
			.replace(/^(\+?86)(?=1\d{10}$)/, ''),
	)
	.pipe(z.string().regex(/^1[3-9]\d{9}$/, '手机号应为 11 位数字，以 1 开头。'));

export const LoginBodySchema = z.object({
	phone: PhoneSchema,
	password: z.string({ error: '请填写密码。' }).min(1, '请填写密码。').max(200, '密码太长。'),
});
export type LoginBody = z.input<typeof LoginBodySchema>;

export const CurrentUserSchema = z.object({
	id: z.uuid(),
	displayName: z.string(),
	role: z.enum(ROLES),
	phoneMasked: z.string(),
	/** The township a staff member serves (their scope); null for everyone else. */
	townshipCode: z.string().nullable(),
	/** Where the user belongs: a township staff member's township, or a seeker's home township. */
	homeTownshipCode: z.string().nullable(),
	employerId: z.uuid().nullable(),
	mustChangePassword: z.boolean(),
	/** A seeker's own display defaults from the passport (large text, high contrast); null if none. */
	uiDefaults: z.object({ largeText: z.boolean(), highContrast: z.boolean() }).nullable().optional(),
});
export type CurrentUser = z.infer<typeof CurrentUserSchema>;

export const LoginResultSchema = z.object({
	token: z.string(),
	expiresAt: z.iso.datetime({ offset: true }),
	user: CurrentUserSchema,
});
export type LoginResult = z.infer<typeof LoginResultSchema>;

export const PASSWORD_MIN_LENGTH = 8;
export const NewPasswordSchema = z
	.string({ error: '请填写新密码。' })
	.min(PASSWORD_MIN_LENGTH, `新密码至少 ${PASSWORD_MIN_LENGTH} 位。`)
	.max(200, '新密码太长。');

export const ChangePasswordBodySchema = z.object({
	currentPassword: z.string({ error: '请填写现在的密码。' }).min(1, '请填写现在的密码。'),
	newPassword: NewPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;

export const PasswordResetResultSchema = z.object({
	temporaryPassword: z.string(),
	sessionsEnded: z.number().int(),
});
export type PasswordResetResult = z.infer<typeof PasswordResetResultSchema>;

export const UserIdParamsSchema = z.object({ userId: z.uuid({ error: '用户编号格式不正确' }) });

export const SignedOutSchema = z.object({ sessionsEnded: z.number().int() });
export type SignedOut = z.infer<typeof SignedOutSchema>;

/** Name of the session cookie that the web app sets and forwards over plain http (localhost). */
export const SESSION_COOKIE = 'ronghe_session';
/**
 * Its name over HTTPS. A browser keeps a `__Host-` cookie only if it came over HTTPS from this
 * very host with `Secure`, `Path=/` and no `Domain`, so a neighbouring subdomain or a plain-http
 * page cannot plant one (session fixation). Plain http://localhost cannot use the prefix.
 */
export const SECURE_SESSION_COOKIE = '__Host-ronghe_session';
/** The name both sides use: the web app by its page's scheme, the API by the request's. */
export const sessionCookieName = (https: boolean) =>
	https ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
