import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { CATEGORY_LABELS, POST_TYPES, WORK_MODES } from './labels.js';

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
	occupationName: z.string().nullable(),
	employerId: z.uuid(),
	acceptedLevels: z.array(z.number().int()),
	socialInsurance: z.string(),
	hours: z.string(),
	requiredCertificates: z.array(z.string()),
	publicWelfareKind: z.enum(['urban', 'rural']).nullable(),
	termStart: z.iso.date().nullable(),
	termEnd: z.iso.date().nullable(),
	familyPriority: z.boolean(),
	/** The employer's workplace accessibility checklist (codes of WORKPLACE_ACCESSIBILITY). */
	workplaceAccess: z.array(z.string()),
	workplaceAccessNote: z.string(),
});
export type Posting = z.infer<typeof PostingSchema>;

/** Text with the parts that matched the search marked by [start, end) UTF-16 offsets. */
export const HighlightedSchema = z.object({
	text: z.string(),
	marks: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type Highlighted = z.infer<typeof HighlightedSchema>;

export const PostingHitSchema = PostingSummarySchema.extend({
	/** Title and a short part of the description around the matches (plain text + ranges). */
	highlights: z.object({ title: HighlightedSchema, description: HighlightedSchema }),
});
export type PostingHit = z.infer<typeof PostingHitSchema>;

export const POSTING_SORTS = ['relevance', 'newest', 'pay', 'distance'] as const;
export type PostingSort = (typeof POSTING_SORTS)[number];

// '' first: z.coerce would read an empty form field as 0
const emptyToUndefined = <T extends z.ZodType>(schema: T) =>
	z
		.literal('')
		.transform(() => undefined)
		.or(schema.optional());

/** A repeatable query parameter (`?postType=a&postType=b`): always a list, empty values dropped. */
const listOf = <T extends z.ZodType>(item: T) =>
	z
		.union([z.array(z.union([item, z.literal('')])), item, z.literal('')])
		.optional()
		.transform(
			(v) =>
				(Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
					(x) => x !== '',
				) as z.output<T>[],
		);

const TownshipCodeSchema = z.string().regex(/^\d{9}$/, '乡镇代码应为 9 位数字');
const CATEGORY_CODES = Object.keys(CATEGORY_LABELS).map(Number);

export const PostingListQuerySchema = PageQuerySchema.extend({
	q: z.string().trim().max(100, '搜索词最多 100 个字').optional(),
	township: emptyToUndefined(TownshipCodeSchema),
	postType: listOf(z.enum(POST_TYPES, { error: '岗位类型不在可选范围内' })),
	workMode: listOf(z.enum(WORK_MODES, { error: '工作方式不在可选范围内' })),
	category: listOf(
		z.coerce
			.number({ error: '残疾类别不在可选范围内' })
			.int()
			.refine((n) => CATEGORY_CODES.includes(n), '残疾类别不在可选范围内'),
	),
	/** Lowest acceptable monthly pay: postings whose top of range reaches it. */
	payMin: emptyToUndefined(
		z.coerce
			.number({ error: '最低工资要填数字' })
			.int('最低工资要填整数')
			.min(0, '最低工资不能是负数')
			.max(100_000, '最低工资太大了'),
	),
	accommodations: listOf(z.string().trim().min(1).max(50, '便利条件最多 50 个字')),
	fair: emptyToUndefined(UuidSchema),
	sort: emptyToUndefined(z.enum(POSTING_SORTS, { error: '排序方式不在可选范围内' })),
	/** For sort=distance: the township whose centre counts as "here". */
	near: emptyToUndefined(TownshipCodeSchema),
});
export type PostingListQuery = z.infer<typeof PostingListQuerySchema>;
export type PostingListParams = z.input<typeof PostingListQuerySchema>;

const FacetSchema = z.record(z.string(), z.number().int());

export const PostingListSchema = pageOf(PostingHitSchema).extend({
	/** Matching postings per option, for the numbers next to each filter. */
	facets: z.object({
		township: FacetSchema,
		postType: FacetSchema,
		workMode: FacetSchema,
		category: FacetSchema,
		accommodations: FacetSchema,
	}),
	/** True when the search service was unavailable and the database answered instead. */
	degraded: z.boolean(),
});
export type PostingList = z.infer<typeof PostingListSchema>;

export const PostingIdParamsSchema = z.object({ postingId: UuidSchema });
