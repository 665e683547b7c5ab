/** The `year` of the address (a calendar year of data), or last year. */
export function yearOf(url: URL): number {
	const y = Number(url.searchParams.get('year'));
	return Number.isInteger(y) && y >= 2018 && y <= 2100 ? y : new Date().getFullYear() - 1;
}

/** Last year and the five before it, for a year picker. */
export const recentYears = () =>
	Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - 1 - i);
