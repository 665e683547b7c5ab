import { PostingListQuerySchema, type PostingListQuery } from '@ronghe/api/contracts';

const FIELDS = ['page', 'pageSize', 'township', 'postType'] as const;

// What we tell the person when we had to drop a condition from the address.
const DROPPED: Record<(typeof FIELDS)[number], string> = {
	page: '页码不对，已经显示第 1 页。',
	pageSize: '每页条数不对，已经改成每页 20 个。',
	township: '乡镇不在可选范围内，已经显示全部乡镇。',
	postType: '岗位类型不在可选范围内，已经显示全部类型。',
};

export type JobsQuery = { query: PostingListQuery; issues: string[] };

/**
 * Reads the search form from the URL with the API's own schema. A bad value (`?page=abc`)
 * is dropped and explained, so the page still shows results instead of an error.
 */
export function parseJobsQuery(params: URLSearchParams): JobsQuery {
	const raw = Object.fromEntries(
		FIELDS.flatMap((field) => {
			const value = params.get(field);
			return value === null ? [] : [[field, value]];
		}),
	);
	const parsed = PostingListQuerySchema.safeParse(raw);
	if (parsed.success) return { query: parsed.data, issues: [] };

	const bad = new Set(parsed.error.issues.map((issue) => issue.path[0]));
	const kept = Object.fromEntries(Object.entries(raw).filter(([field]) => !bad.has(field)));
	return {
		query: PostingListQuerySchema.parse(kept),
		issues: FIELDS.filter((field) => bad.has(field)).map((field) => DROPPED[field]),
	};
}
