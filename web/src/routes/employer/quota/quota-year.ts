/** The `year` of the address (a calendar year of data), or last year. */
export function yearOf(url: URL): number {
	const y = Number(url.searchParams.get('year'));
	return Number.isInteger(y) && y >= 2018 && y <= 2100 ? y : new Date().getFullYear() - 1;
}

/** Last year and the five before it, for a year picker. */
export const recentYears = () =>
	Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - 1 - i);

/**
 * When a hire asked about in the what-if can still start: this year, from this month to December.
 * A month already over, or a year already over, is not offered.
 */
export function hireWindow(now = new Date()) {
	const year = now.getFullYear();
	const firstMonth = now.getMonth() + 1;
	const months = Array.from({ length: 13 - firstMonth }, (_, i) => firstMonth + i);
	return { year, firstMonth, months };
}
