import {
	LEGACY_ACCOMMODATION_CODES,
	PostingListQuerySchema,
	type PostingListQuery,
} from '@ronghe/contracts';
import { parseQuery } from './query';

/** The /jobs conditions that repeat in the address. */
export const POSTING_LIST_FIELDS = ['postType', 'workMode', 'category', 'accommodations'] as const;

// What we tell the person when we had to drop a condition from the address, in this order.
const DROPPED = {
	page: '页码不对，已经显示第 1 页。',
	pageSize: '每页条数不对，已经改成每页 20 个。',
	q: '搜索词太长了，已经去掉。',
	township: '乡镇不在可选范围内，已经显示全部乡镇。',
	payMin: '最低工资要填整数（元/月），已经去掉这个条件。',
	fair: '招聘会不在可选范围内，已经显示全部岗位。',
	sort: '排序方式不在可选范围内，已经按最相关排序。',
	near: '“离哪个乡镇近”不在可选范围内，已经去掉。',
	postType: '岗位类型不在可选范围内，已经显示全部类型。',
	workMode: '工作方式不在可选范围内，已经显示全部工作方式。',
	category: '残疾类别不在可选范围内，已经显示全部类别。',
	accommodations: '便利条件写得不对，已经去掉这个条件。',
};

export type JobsQuery = { query: PostingListQuery; issues: string[] };

/**
 * Reads the search form from the URL with the API's own schema. A bad value (`?page=abc`)
 * is dropped and explained, so the page still shows results instead of an error.
 */
export function parseJobsQuery(params: URLSearchParams): JobsQuery {
	// addresses saved before the accessibility vocabulary name accommodations in words
	const words = params.getAll('accommodations');
	if (words.some((w) => w in LEGACY_ACCOMMODATION_CODES)) {
		params = new URLSearchParams(params);
		params.delete('accommodations');
		for (const w of words) params.append('accommodations', LEGACY_ACCOMMODATION_CODES[w] ?? w);
	}
	const { query, dropped } = parseQuery(PostingListQuerySchema, params, {
		lists: POSTING_LIST_FIELDS,
		messages: DROPPED,
	});
	// "nearest" needs a place to measure from: the chosen township will do
	if (query.sort === 'distance' && !query.near && !query.township)
		return {
			query: { ...query, sort: undefined },
			issues: [...dropped, '按“离我最近”排序要先选“离哪个乡镇近”，这次按最相关排序。'],
		};
	return { query, issues: dropped };
}
