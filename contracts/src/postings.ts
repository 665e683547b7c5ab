import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { PostingContactSchema } from './contacts.js';
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
	/** Whom to contact about this posting, as the employer chose (issue 12 item 1). */
	contact: PostingContactSchema,
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
// `error` names the field's problem when the value is neither empty nor valid (zod would say
// "Invalid input" about the alternatives)
const emptyToUndefined = <T extends z.ZodType>(schema: T, error?: string) =>
	z.union([z.literal('').transform(() => undefined), schema.optional()], { error });

/** A repeatable query parameter (`?postType=a&postType=b`): always a list, empty values dropped. */
const listOf = <T extends z.ZodType>(item: T, error?: string) =>
	z
		.union([z.array(z.union([item, z.literal('')], { error })), item, z.literal('')], { error })
		.optional()
		.transform(
			(v) =>
				(Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
					(x) => x !== '',
				) as z.output<T>[],
		);

const TOWNSHIP_ERROR = '乡镇代码应为 9 位数字';
const POST_TYPE_ERROR = '岗位类型不在可选范围内';
const WORK_MODE_ERROR = '工作方式不在可选范围内';
const CATEGORY_ERROR = '残疾类别不在可选范围内';
const PAY_ERROR = '最低工资要填整数（元/月）';

const TownshipCodeSchema = z.string().regex(/^\d{9}$/, TOWNSHIP_ERROR);
const CATEGORY_CODES = Object.keys(CATEGORY_LABELS).map(Number);

const PostTypeSchema = z.enum(POST_TYPES, { error: POST_TYPE_ERROR });
const WorkModeSchema = z.enum(WORK_MODES, { error: WORK_MODE_ERROR });
const CategoryCodeSchema = z
	.number({ error: CATEGORY_ERROR })
	.int(CATEGORY_ERROR)
	// one message for one wrong value: the range stops before the list is checked
	.min(Math.min(...CATEGORY_CODES), { error: CATEGORY_ERROR, abort: true })
	.max(Math.max(...CATEGORY_CODES), { error: CATEGORY_ERROR, abort: true })
	.refine((n) => CATEGORY_CODES.includes(n), CATEGORY_ERROR);
const PayMinSchema = z
	.number({ error: '最低工资要填数字' })
	.int('最低工资要填整数')
	.min(0, '最低工资不能是负数')
	.max(100_000, '最低工资太大了');
const AccommodationSchema = z
	.string()
	.trim()
	.min(1, '便利条件不能为空')
	.max(50, '便利条件最多 50 个字');

/**
 * The posting filter: the conditions of a job search. /jobs searches with it (Meilisearch, or
 * PostgreSQL when that is down), a saved search stores it as it is, and the alert matcher
 * applies it; the API translates it once for each engine (the search filters and
 * postings-filter.sql.ts), so the three give the same postings. Plain JSON types: this is the
 * body and the response shape of a saved search; `PostingFilterQuerySchema` reads the same
 * fields from a query string. Expired postings are never shown, so the filter has no date.
 */
export const PostingFilterSchema = z.object({
	q: z.string().trim().max(100, '搜索词最多 100 个字').optional(),
	township: TownshipCodeSchema.optional(),
	postType: z.array(PostTypeSchema).max(POST_TYPES.length, '岗位类型太多').default([]),
	workMode: z.array(WorkModeSchema).max(WORK_MODES.length, '工作方式太多').default([]),
	category: z.array(CategoryCodeSchema).max(CATEGORY_CODES.length, '残疾类别太多').default([]),
	/** Lowest acceptable monthly pay: postings whose top of range reaches it. */
	payMin: PayMinSchema.optional(),
	/** All of them must be offered. */
	accommodations: z.array(AccommodationSchema).max(20, '便利条件最多选 20 项').default([]),
	/** Only postings shown at this job fair. */
	fair: UuidSchema.optional(),
});
export type PostingFilter = z.infer<typeof PostingFilterSchema>;

const F = PostingFilterSchema.shape;
/** A number typed into a form or an address (`?payMin=2500`). */
const typedNumber = (schema: z.ZodNumber, error: string) =>
	// the checks are copied, not piped to, so the API document shows them on the parameter
	z.coerce
		.number({ error })
		.check(...((schema._zod.def.checks ?? []) as z.core.$ZodCheck<number>[]));
/** `from`, then the rules of the filter field; the result has that field's type. */
const into = <A extends z.ZodType, T extends z.ZodType>(from: A, field: T) =>
	from.pipe(field as unknown as z.ZodType<z.output<T>, z.output<A>>);

/**
 * The posting filter read from a query string: empty fields mean "any", repeated parameters
 * are lists, numbers arrive as text. Each field ends in the field of `PostingFilterSchema`, so
 * the result is a `PostingFilter` with the same rules (the `satisfies` keeps the two field
 * lists equal).
 */
export const PostingFilterQuerySchema = z.object({
	q: F.q,
	township: into(emptyToUndefined(TownshipCodeSchema, TOWNSHIP_ERROR), F.township),
	postType: into(listOf(PostTypeSchema, POST_TYPE_ERROR), F.postType),
	workMode: into(listOf(WorkModeSchema, WORK_MODE_ERROR), F.workMode),
	category: into(
		listOf(typedNumber(CategoryCodeSchema, CATEGORY_ERROR), CATEGORY_ERROR),
		F.category,
	),
	payMin: into(emptyToUndefined(typedNumber(PayMinSchema, PAY_ERROR), PAY_ERROR), F.payMin),
	accommodations: into(listOf(AccommodationSchema, '便利条件最多 50 个字'), F.accommodations),
	fair: into(emptyToUndefined(UuidSchema, '招聘会编号格式不正确'), F.fair),
} satisfies Record<keyof typeof F, z.ZodType>);

export const PostingListQuerySchema = PageQuerySchema.extend({
	...PostingFilterQuerySchema.shape,
	sort: emptyToUndefined(
		z.enum(POSTING_SORTS, { error: '排序方式不在可选范围内' }),
		'排序方式不在可选范围内',
	),
	/** For sort=distance: the township whose centre counts as "here". */
	near: emptyToUndefined(TownshipCodeSchema, TOWNSHIP_ERROR),
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
