import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import {
	CATEGORY_LABELS,
	POST_TYPE_LABELS,
	POST_TYPES,
	WORK_MODE_LABELS,
	WORK_MODES,
} from './labels.js';

/**
 * The job-search query a saved search keeps: the same conditions as the /jobs search form.
 * The matcher applies them in PostgreSQL with the same meaning as the search filters.
 * Plain types only (no transforms), so the same schema also describes responses.
 */
export const SavedSearchQuerySchema = z.object({
	q: z.string().trim().max(100, '搜索词最多 100 个字').optional(),
	township: z
		.string()
		.regex(/^\d{9}$/, '乡镇代码应为 9 位数字')
		.optional(),
	postType: z
		.array(z.enum(POST_TYPES, { error: '岗位类型不在可选范围内' }))
		.max(7, '岗位类型太多')
		.default([]),
	workMode: z
		.array(z.enum(WORK_MODES, { error: '工作方式不在可选范围内' }))
		.max(4, '工作方式太多')
		.default([]),
	category: z
		.array(
			z
				.number({ error: '残疾类别不在可选范围内' })
				.int('残疾类别不在可选范围内')
				.min(1, '残疾类别不在可选范围内')
				.max(7, '残疾类别不在可选范围内'),
		)
		.max(7, '残疾类别太多')
		.default([]),
	payMin: z
		.number({ error: '最低月薪应为数字' })
		.int('最低月薪应为整数（元）')
		.min(0, '最低月薪不能是负数')
		.max(100_000, '最低月薪太大')
		.optional(),
	accommodations: z
		.array(z.string().trim().min(1, '便利条件不能为空').max(30, '每项便利条件最多 30 个字'))
		.max(20, '便利条件最多选 20 项')
		.default([]),
});
export type SavedSearchQuery = z.infer<typeof SavedSearchQuerySchema>;

export const SAVED_SEARCH_LIMIT = 20;

export const CreateSavedSearchBodySchema = z.object({
	name: z
		.string({ error: '请给这个搜索起个名字' })
		.trim()
		.min(1, '请给这个搜索起个名字')
		.max(40, '名字最多 40 个字'),
	query: SavedSearchQuerySchema,
});
export type CreateSavedSearchBody = z.infer<typeof CreateSavedSearchBodySchema>;

export const SavedSearchSchema = z.object({
	id: z.uuid(),
	name: z.string(),
	query: SavedSearchQuerySchema,
	createdAt: z.iso.datetime({ offset: true }),
	checkedAt: z.iso.datetime({ offset: true }),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;

export const SavedSearchListSchema = z.object({ items: z.array(SavedSearchSchema) });
export type SavedSearchList = z.infer<typeof SavedSearchListSchema>;

export const SavedSearchIdParamsSchema = z.object({ savedSearchId: UuidSchema });

export const NotificationSchema = z.object({
	id: z.uuid(),
	kind: z.string(),
	title: z.string(),
	body: z.string(),
	/** A path inside the site, e.g. `/jobs/<id>`. */
	link: z.string(),
	createdAt: z.iso.datetime({ offset: true }),
	readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListQuerySchema = PageQuerySchema.extend({
	unread: z
		.enum(['1', 'true', '0', 'false', ''], { error: 'unread 只能是 1 或 0' })
		.optional()
		.transform((v) => v === '1' || v === 'true'),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;

/** Unread first, newest first within each group; `unread` counts all unread, not just this page. */
export const NotificationListSchema = pageOf(NotificationSchema).extend({
	unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const UnreadCountSchema = z.object({ unread: z.number().int() });
export const MarkedReadSchema = z.object({ marked: z.number().int() });
export const NotificationIdParamsSchema = z.object({ notificationId: UuidSchema });

/** The conditions of a saved search in plain words; township names come from the caller. */
export function describeSavedSearch(
	q: SavedSearchQuery,
	townshipName: (code: string) => string | undefined = () => undefined,
): string[] {
	const parts: string[] = [];
	if (q.q) parts.push(`关键词“${q.q}”`);
	if (q.township) parts.push(`乡镇：${townshipName(q.township) ?? q.township}`);
	if (q.postType.length)
		parts.push(`岗位类型：${q.postType.map((t) => POST_TYPE_LABELS[t]).join('、')}`);
	if (q.workMode.length)
		parts.push(`工作方式：${q.workMode.map((m) => WORK_MODE_LABELS[m]).join('、')}`);
	if (q.category.length)
		parts.push(
			`能接纳：${q.category.map((c) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS]).join('、')}`,
		);
	if (q.payMin !== undefined) parts.push(`月薪不低于 ${q.payMin} 元`);
	if (q.accommodations.length) parts.push(`提供：${q.accommodations.join('、')}`);
	if (parts.length === 0) parts.push('所有新发布的岗位');
	return parts;
}

/** Search sync status for staff: the queue, failed rows (safe messages only), the last drain. */
export const SearchStatusSchema = z.object({
	engineUp: z.boolean(),
	pending: z.number().int(),
	failing: z.number().int(),
	failures: z.array(
		z.object({
			entity: z.string(),
			entityId: z.string(),
			attempts: z.number().int(),
			lastError: z.string().nullable(),
			nextAttemptAt: z.iso.datetime({ offset: true }),
		}),
	),
	lastSuccessAt: z.iso.datetime({ offset: true }).nullable(),
	lastFailureAt: z.iso.datetime({ offset: true }).nullable(),
});
export type SearchStatus = z.infer<typeof SearchStatusSchema>;

export const RetriedSchema = z.object({ retried: z.number().int() });
