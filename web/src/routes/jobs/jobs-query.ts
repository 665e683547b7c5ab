import { PostingListQuerySchema, type PostingListQuery } from '@ronghe/contracts';

const SINGLE = ['page', 'pageSize', 'q', 'township', 'payMin', 'fair', 'sort', 'near'] as const;
const LISTS = ['postType', 'workMode', 'category', 'accommodations'] as const;
type Field = (typeof SINGLE)[number] | (typeof LISTS)[number];

// What we tell the person when we had to drop a condition from the address.
const DROPPED: Record<Field, string> = {
	page: '页码不对，已经显示第 1 页。',
	pageSize: '每页条数不对，已经改成每页 20 个。',
	q: '搜索词太长了，已经去掉。',
	township: '乡镇不在可选范围内，已经显示全部乡镇。',
	postType: '岗位类型不在可选范围内，已经显示全部类型。',
	workMode: '工作方式不在可选范围内，已经显示全部工作方式。',
	category: '残疾类别不在可选范围内，已经显示全部类别。',
	payMin: '最低工资要填整数（元/月），已经去掉这个条件。',
	accommodations: '便利条件写得不对，已经去掉这个条件。',
	fair: '招聘会不在可选范围内，已经显示全部岗位。',
	sort: '排序方式不在可选范围内，已经按最相关排序。',
	near: '“离哪个乡镇近”不在可选范围内，已经去掉。',
};

export type JobsQuery = { query: PostingListQuery; issues: string[] };

/**
 * Reads the search form from the URL with the API's own schema. A bad value (`?page=abc`)
 * is dropped and explained, so the page still shows results instead of an error.
 */
export function parseJobsQuery(params: URLSearchParams): JobsQuery {
	const raw: Record<string, string | string[]> = {};
	for (const field of SINGLE) {
		const value = params.get(field);
		if (value !== null) raw[field] = value;
	}
	for (const field of LISTS) {
		const values = params.getAll(field).filter(Boolean);
		if (values.length) raw[field] = values;
	}
	const issues: string[] = [];
	const parsed = PostingListQuerySchema.safeParse(raw);
	let query: PostingListQuery;
	if (parsed.success) query = parsed.data;
	else {
		const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
		const kept = Object.fromEntries(Object.entries(raw).filter(([field]) => !bad.has(field)));
		query = PostingListQuerySchema.parse(kept);
		issues.push(...[...SINGLE, ...LISTS].filter((f) => bad.has(f)).map((f) => DROPPED[f]));
	}
	// "nearest" needs a place to measure from: the chosen township will do
	if (query.sort === 'distance' && !query.near && !query.township) {
		query = { ...query, sort: undefined };
		issues.push('按“离我最近”排序要先选“离哪个乡镇近”，这次按最相关排序。');
	}
	return { query, issues };
}
