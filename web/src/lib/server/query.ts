import type { z } from 'zod';

/**
 * Reads a page's filters from the URL with the API's own schema, leniently: a value the schema
 * refuses is dropped and its message returned to be named on the page, while the good ones
 * stay, so a mistyped link still shows the list instead of an error page. Empty values (a
 * form's 全部…) mean "any" and are not checked.
 */
export function parseQuery<S extends z.ZodObject>(
	schema: S,
	params: URLSearchParams,
): { query: z.output<S>; dropped: string[] } {
	const raw = Object.fromEntries(
		Object.keys(schema.shape).flatMap((f) => {
			const v = params.get(f);
			return v === null || v === '' ? [] : [[f, v]];
		}),
	);
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { query: parsed.data, dropped: [] };
	const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
	const kept = schema.safeParse(
		Object.fromEntries(Object.entries(raw).filter(([f]) => !bad.has(f))),
	);
	return {
		query: kept.success ? kept.data : schema.parse({}),
		dropped: parsed.error.issues.map((i) => i.message),
	};
}
