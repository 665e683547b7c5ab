import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { POST_TYPES, WORK_MODES } from './labels.js';

export const PostingSummarySchema = z.object({
	id: z.uuid(),
	title: z.string(),
	employerName: z.string(),
	postType: z.enum(POST_TYPES),
	workMode: z.enum(WORK_MODES),
	townshipCode: z.string(),
	townshipName: z.string(),
	payMin: z.number().int().nullable(),
	payMax: z.number().int().nullable(),
	headcount: z.number().int(),
	acceptedCategories: z.array(z.number().int()),
	accommodations: z.array(z.string()),
	publishedAt: z.iso.datetime({ offset: true }).nullable(),
	closingDate: z.iso.date().nullable(),
});
export type PostingSummary = z.infer<typeof PostingSummarySchema>;

export const PostingSchema = PostingSummarySchema.extend({
	description: z.string(),
	address: z.string(),
	occupationCode: z.string().nullable(),
	employerId: z.uuid(),
});
export type Posting = z.infer<typeof PostingSchema>;

export const PostingListQuerySchema = PageQuerySchema.extend({
	township: z
		.string()
		.regex(/^\d{9}$/, '乡镇代码应为 9 位数字')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	postType: z
		.enum(POST_TYPES, { error: '岗位类型不在可选范围内' })
		.optional()
		.or(z.literal('').transform(() => undefined)),
});
export type PostingListQuery = z.infer<typeof PostingListQuerySchema>;

export const PostingListSchema = pageOf(PostingSummarySchema);
export type PostingList = z.infer<typeof PostingListSchema>;

export const PostingIdParamsSchema = z.object({ postingId: UuidSchema });
