import type { SearchParams } from 'meilisearch';
import { MARK_END, MARK_START, type SearchFilter, type SearchQuery } from './engine.js';

const FIELD = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function field(name: string): string {
	if (!FIELD.test(name)) throw new Error(`not a field name: ${name}`);
	return name;
}

/** A filter value as a Meilisearch literal: numbers as they are, text always quoted. */
export function quoteValue(value: string | number): string {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error('filter numbers must be finite');
		return String(value);
	}
	return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The filter expression for a list of conditions (all must hold); undefined when empty. */
export function toMeiliFilter(filters: readonly SearchFilter[]): string | undefined {
	const parts = filters.flatMap((f): string[] => {
		const name = field(f.field);
		switch (f.op) {
			case 'gte':
				return [`${name} >= ${quoteValue(f.value)}`];
			case 'lte':
				return [`${name} <= ${quoteValue(f.value)}`];
			case 'any':
				return f.values.length ? [`${name} IN [${f.values.map(quoteValue).join(', ')}]`] : [];
			case 'all':
				return f.values.map((v) => `${name} = ${quoteValue(v)}`);
		}
	});
	return parts.length ? parts.map((p) => `(${p})`).join(' AND ') : undefined;
}

/** Search parameters for a query: page by offset/limit, facets, sort, highlights. */
export function toMeiliParams(query: SearchQuery): SearchParams {
	const filter = toMeiliFilter(query.filters);
	const sort = query.sort.map((s) =>
		'near' in s
			? `_geoPoint(${quoteValue(s.near.lat)}, ${quoteValue(s.near.lng)}):asc`
			: `${field(s.field)}:${s.dir}`,
	);
	return {
		...(filter ? { filter } : {}),
		...(sort.length ? { sort } : {}),
		...(query.facets.length ? { facets: [...query.facets] } : {}),
		// page + hitsPerPage make Meilisearch count every match (totalHits), not estimate it
		hitsPerPage: query.limit,
		page: Math.floor(query.offset / Math.max(1, query.limit)) + 1,
		attributesToRetrieve: ['id'],
		...(query.highlight
			? {
					attributesToHighlight: [...query.highlight.attributes],
					attributesToCrop: [...(query.highlight.crop ?? [])],
					cropLength: query.highlight.cropLength ?? 40,
					cropMarker: '…',
					highlightPreTag: MARK_START,
					highlightPostTag: MARK_END,
				}
			: {}),
	};
}
