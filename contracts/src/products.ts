import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';

/**
 * 残疾人产品和服务目录 (issue 15 §6, 市场推广): what welfare enterprises, auxiliary-employment
 * workshops, 就业帮扶基地 and disabled entrepreneurs make or offer, kept by staff and public.
 * A public answer names the maker as it wants to be known and never links to a person's record.
 */

export const MAKER_KIND_LABELS = {
	welfare_enterprise: '福利企业',
	auxiliary_workshop: '辅助性就业机构',
	support_base: '就业帮扶基地',
	entrepreneur: '残疾人创业者',
} as const;
export type MakerKind = keyof typeof MAKER_KIND_LABELS;
export const MAKER_KINDS = Object.keys(MAKER_KIND_LABELS) as [MakerKind, ...MakerKind[]];

/** Categories offered on the form; staff may write another. */
export const PRODUCT_CATEGORY_SUGGESTIONS = [
	'农产品',
	'食品',
	'手工艺品',
	'日用品',
	'按摩保健',
	'家政服务',
	'维修服务',
	'电商与代办',
] as const;

export const PRODUCT_NAME_MAX = 60;
export const PRODUCT_DESCRIPTION_MAX = 1000;

const MOBILE = /^1[3-9]\d{9}$/;
// 区号 0xx or 0xxx, a 7 or 8 digit number, and perhaps an extension (转 123)
const LANDLINE = /^0\d{2,3}-?\d{7,8}(转\d{1,6})?$/;

/**
 * A contact phone: a mainland mobile number or a landline with its area code. Full-width digits,
 * spaces and the various dashes people type are accepted and written plainly. Empty is allowed.
 */
export const ContactPhoneSchema = z
	.string()
	.transform((v) =>
		v
			.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
			.replace(/[\s\u3000]/g, '')
			.replace(/[－—–‐]/g, '-')
			.replace(/^(\+?86)(?=1\d{10}$)/, ''),
	)
	.pipe(
		z
			.string()
			.max(20, '电话号码太长了。')
			.refine((v) => v === '' || MOBILE.test(v) || LANDLINE.test(v), {
				message: '请写 11 位手机号，或带区号的固定电话，例如 0350-6541234。',
			}),
	);

const text = (max: number, label: string) =>
	z.string().trim().max(max, `${label}请控制在 ${max} 字以内。`);

/** A product or service as everyone sees it. */
export const ProductSchema = z.object({
	id: z.uuid(),
	name: z.string(),
	description: z.string(),
	category: z.string(),
	price: z.string(),
	makerKind: z.enum(MAKER_KINDS),
	makerKindLabel: z.string(),
	makerName: z.string(),
	townshipCode: z.string(),
	townshipName: z.string(),
	contactPhone: z.string(),
	howToBuy: z.string(),
	/** Always true in a public answer; staff also see the ones taken down (已下架). */
	published: z.boolean(),
	updatedAt: z.iso.datetime({ offset: true }),
});
export type Product = z.infer<typeof ProductSchema>;

export const ProductListSchema = pageOf(ProductSchema).extend({
	/** The categories of the products listed to this caller, for the filter. */
	categories: z.array(z.string()),
});
export type ProductList = z.infer<typeof ProductListSchema>;

const blankToUndefined = z.literal('').transform(() => undefined);

export const ProductListQuerySchema = PageQuerySchema.extend({
	q: z.string().trim().max(100, '搜索的字太多了。').optional().or(blankToUndefined),
	makerKind: z
		.enum(MAKER_KINDS, { error: '请从列表里选择生产单位的类别。' })
		.optional()
		.or(blankToUndefined),
	township: z.string().trim().max(20, '乡镇编码不正确。').optional().or(blankToUndefined),
	category: z.string().trim().max(20, '类别太长了。').optional().or(blankToUndefined),
	/** Staff: include the products taken down (township staff: their own township's). */
	all: z.enum(['1', 'true']).optional().or(blankToUndefined),
});
export type ProductListQuery = z.input<typeof ProductListQuerySchema>;

export const ProductInputSchema = z.object({
	name: text(PRODUCT_NAME_MAX, '名称').min(1, '请填写产品或服务的名称。'),
	description: text(PRODUCT_DESCRIPTION_MAX, '介绍').default(''),
	category: text(20, '类别').min(1, '请填写类别，例如 农产品、手工艺品。'),
	price: text(40, '价格').default(''),
	makerKind: z.enum(MAKER_KINDS, { error: '请选择生产单位的类别。' }),
	makerName: text(60, '生产单位或创业者的名称').min(1, '请填写生产单位或创业者的名称。'),
	/** The employer on the platform that makes it; on a change, left out keeps it as it is. */
	employerId: UuidSchema.nullable().optional(),
	/** The entrepreneur's record (staff only); on a change, left out keeps it as it is. */
	personId: UuidSchema.nullable().optional(),
	townshipCode: z.string({ error: '请选择乡镇。' }).trim().min(1, '请选择乡镇。').max(20),
	contactPhone: ContactPhoneSchema.default(''),
	howToBuy: text(300, '购买方式').default(''),
});
export type ProductInput = z.input<typeof ProductInputSchema>;
export type ProductData = z.output<typeof ProductInputSchema>;

export const ProductParamsSchema = z.object({ productId: UuidSchema });
