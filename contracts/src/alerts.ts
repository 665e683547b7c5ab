import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { CATEGORY_LABELS, POST_TYPE_LABELS, WORK_MODE_LABELS } from './labels.js';
import { PostingFilterSchema, type PostingFilter } from './postings.js';

/**
 * The job-search query a saved search keeps: the posting filter of the /jobs search, fair
 * included, stored as it is, so the alerts tell of the postings the search showed. Searches
 * saved before the fair was part of it have no `fair` and still parse.
 */
export const SavedSearchQuerySchema = PostingFilterSchema;
export type SavedSearchQuery = PostingFilter;

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

/** The conditions of a saved search in plain words; township and fair names come from the caller. */
export function describeSavedSearch(
	q: SavedSearchQuery,
	townshipName: (code: string) => string | undefined = () => undefined,
	fairTitle: (id: string) => string | undefined = () => undefined,
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
	if (q.fair) parts.push(`招聘会：${fairTitle(q.fair) ?? '一场招聘会'}`);
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
