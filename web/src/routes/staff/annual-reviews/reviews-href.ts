/** The address of a page of the 年审 queue, leaving out empty conditions. */
export function reviewsHref(
	filters: { year?: string; status?: string },
	page: number,
): '/staff/annual-reviews' | `/staff/annual-reviews?${string}` {
	const params = new URLSearchParams();
	if (filters.year) params.set('year', filters.year);
	if (filters.status) params.set('status', filters.status);
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `/staff/annual-reviews?${search}` : '/staff/annual-reviews';
}
