export type PageItem = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/**
 * Page numbers to link to: always the first and last, and two on each side of the current
 * page, with gaps in between (1 … 4 5 6 7 8 … 20).
 */
export function pageItems(current: number, totalPages: number): PageItem[] {
	const pages = new Set<number>([1, totalPages]);
	for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= totalPages) pages.add(p);
	const sorted = [...pages].filter((p) => p >= 1).sort((a, b) => a - b);
	const items: PageItem[] = [];
	let previous = 0;
	for (const page of sorted) {
		if (page - previous > 1) items.push({ kind: 'gap', key: `gap-${page}` });
		items.push({ kind: 'page', page });
		previous = page;
	}
	return items;
}

export function totalPagesOf(total: number, pageSize: number): number {
	return Math.max(1, Math.ceil(total / pageSize));
}
