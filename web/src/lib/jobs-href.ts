import type { PostingListQuery } from '@ronghe/contracts';

// Kept apart from $lib/server/jobs-query.ts so the browser bundle does not pull in zod and the contracts.
/** The address of a results page, leaving out empty conditions. */
export function jobsHref(
	query: Partial<PostingListQuery>,
	page: number,
): '/jobs' | `/jobs?${string}` {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	if (query.township) params.set('township', query.township);
	for (const v of query.postType ?? []) params.append('postType', v);
	for (const v of query.workMode ?? []) params.append('workMode', v);
	for (const v of query.category ?? []) params.append('category', String(v));
	if (query.payMin !== undefined) params.set('payMin', String(query.payMin));
	for (const v of query.accommodations ?? []) params.append('accommodations', v);
	if (query.fair) params.set('fair', query.fair);
	if (query.sort) params.set('sort', query.sort);
	if (query.near) params.set('near', query.near);
	if (query.pageSize && query.pageSize !== 20) params.set('pageSize', String(query.pageSize));
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `/jobs?${search}` : '/jobs';
}

/**
 * The page that saves this search as an alert: the conditions of the search (the posting
 * filter), without its order or page, which a saved search does not keep.
 */
export function saveSearchHref(query: Partial<PostingListQuery>): string {
	const { sort: _sort, near: _near, page: _page, pageSize: _pageSize, ...filter } = query;
	return jobsHref(filter, 1).replace(/^\/jobs/, '/me/saved-searches');
}
