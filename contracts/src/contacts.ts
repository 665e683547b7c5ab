import { z } from 'zod';

/*
 * The service's own details (issue 12 items 1 and 11): who people can call or visit — 县残联,
 * 县人社局 and each township's 残联专职委员 — and what a government site shows in its footer
 * (hotline, address, ICP 备案号, 公安备案号). Staff edit both; every page reads them.
 */

export const SERVICE_CONTACT_KIND_LABELS = {
	federation: '县残联',
	bureau: '县人社局',
	township: '乡镇残联专职委员',
} as const;
export type ServiceContactKind = keyof typeof SERVICE_CONTACT_KIND_LABELS;
export const SERVICE_CONTACT_KINDS = Object.keys(SERVICE_CONTACT_KIND_LABELS) as [
	ServiceContactKind,
	...ServiceContactKind[],
];

/** Digits with the separators people write in a phone number: 0350-1234567, 138 0000 0000 转 8. */
const PHONE = /^[0-9+\-\s()（）转、,，]*$/;

const text = (label: string, max: number) =>
	z.string().trim().max(max, `${label}最多 ${max} 个字。`).optional().default('');

export const phoneField = (label: string) =>
	text(label, 40).refine((v) => PHONE.test(v) && (v === '' || /\d{3}/.test(v)), {
		message: `${label}只能写数字和 -、空格、括号、“转”，例如 0350-1234567。`,
	});

export const ServiceContactSchema = z.object({
	/** `federation`, `bureau` or the township's code. */
	key: z.string(),
	kind: z.enum(SERVICE_CONTACT_KINDS),
	townshipCode: z.string().nullable(),
	townshipName: z.string().nullable(),
	office: z.string(),
	person: z.string(),
	phone: z.string(),
	address: z.string(),
	hours: z.string(),
	note: z.string(),
	/** Null until staff first save it. */
	updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ServiceContact = z.infer<typeof ServiceContactSchema>;

export const SiteInfoSchema = z.object({
	/** The service's hotline (服务电话). */
	hotline: z.string(),
	address: z.string(),
	/** ICP 备案号, e.g. 晋ICP备00000000号. */
	icpNumber: z.string(),
	/** 公安机关互联网站安全管理备案号, e.g. 晋公网安备 14092202000000号. */
	policeNumber: z.string(),
});
export type SiteInfo = z.infer<typeof SiteInfoSchema>;

export const ServiceInfoSchema = z.object({
	site: SiteInfoSchema,
	/** 县残联, 县人社局, then the townships in their usual order. */
	contacts: z.array(ServiceContactSchema),
});
export type ServiceInfo = z.infer<typeof ServiceInfoSchema>;

export const ServiceContactKeyParamsSchema = z.object({
	key: z
		.string()
		.regex(/^(federation|bureau|\d{9})$/, '联系人编号是 federation、bureau 或 9 位乡镇代码。'),
});

export const SaveServiceContactBodySchema = z.object({
	office: z
		.string()
		.trim()
		.min(1, '请填写单位或岗位名称。')
		.max(60, '单位或岗位名称最多 60 个字。'),
	person: text('联系人', 30),
	phone: phoneField('电话'),
	address: text('地址', 120),
	hours: text('办公时间', 120),
	note: text('说明', 200),
});
export type SaveServiceContactBody = z.input<typeof SaveServiceContactBodySchema>;

export const SaveSiteInfoBodySchema = z.object({
	hotline: phoneField('服务电话'),
	address: text('地址', 120),
	icpNumber: text('ICP 备案号', 40),
	policeNumber: text('公安备案号', 40),
});
export type SaveSiteInfoBody = z.input<typeof SaveSiteInfoBodySchema>;

/** How a seeker reaches the employer about a posting (the employer chooses in the editor). */
export const POSTING_CONTACT_MODES = ['federation', 'direct'] as const;
export const POSTING_CONTACT_MODE_LABELS = {
	federation: '通过县残联联系',
	direct: '直接联系单位的联系人',
} as const;

/** What the public posting page shows: a named person only when the employer chose `direct`. */
export const PostingContactSchema = z.object({
	mode: z.enum(POSTING_CONTACT_MODES),
	name: z.string(),
	phone: z.string(),
});
export type PostingContact = z.infer<typeof PostingContactSchema>;
