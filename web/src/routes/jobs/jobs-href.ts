import type { PostingListQuery } from '@ronghe/api/contracts';

// Kept apart from jobs-query.ts so the browser bundle does not pull in zod and the contracts.
/** The address of a results page, leaving out empty conditions. */
export function jobsHref(
	query: Partial<PostingListQuery>,
	page: number,
): '/jobs' | `/jobs?${string}` {
	const params = new URLSearchParams();
	if (query.township) params.set('township', query.township);
	if (query.postType) params.set('postType', query.postType);
	if (query.pageSize && query.pageSize !== 20) params.set('pageSize', String(query.pageSize));
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `/jobs?${search}` : '/jobs';
}
