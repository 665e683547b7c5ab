/** The address of a page of the staff employer list, leaving out empty conditions. */
export function employersHref(
	filters: { status?: string; township?: string; q?: string; flagged?: string },
	page: number,
): '/staff/employers' | `/staff/employers?${string}` {
	const params = new URLSearchParams();
	for (const key of ['status', 'township', 'q', 'flagged'] as const) {
		const value = filters[key];
		if (value) params.set(key, value);
	}
	if (page > 1) params.set('page', String(page));
	const search = params.toString();
	return search ? `/staff/employers?${search}` : '/staff/employers';
}
