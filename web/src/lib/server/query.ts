import type { z } from 'zod';

/** A query string or a submitted form: both can be read the same way. */
type Params = { get(name: string): unknown; getAll(name: string): unknown[] };

type Options<S extends z.ZodObject> = {
	/** Fields that repeat in the address (`postType=a&postType=b`) and are read as lists. */
	lists?: readonly (keyof S['shape'] & string)[];
	/**
	 * What to tell the person when a field is dropped, in the order to tell it; without it the
	 * schema's own messages are used.
	 */
	messages?: Partial<Record<keyof S['shape'] & string, string>>;
};

const texts = (params: Params, name: string) =>
	params.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');

/**
 * Reads a page's filters from the URL with the API's own schema, leniently: a value the schema
 * refuses is dropped and its message returned to be named on the page, while the good ones
 * stay, so a mistyped link still shows the list instead of an error page. Empty values (a
 * form's 全部…) mean "any" and are not checked.
 */
export function parseQuery<S extends z.ZodObject>(
	schema: S,
	params: Params,
	{ lists = [], messages }: Options<S> = {},
): { query: z.output<S>; dropped: string[] } {
	const raw: Record<string, string | string[]> = {};
	for (const field of Object.keys(schema.shape)) {
		const values = texts(params, field);
		if (values.length) raw[field] = (lists as string[]).includes(field) ? values : values[0]!;
	}
	const parsed = schema.safeParse(raw);
	if (parsed.success) return { query: parsed.data, dropped: [] };
	const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
	const kept = schema.safeParse(
		Object.fromEntries(Object.entries(raw).filter(([f]) => !bad.has(f))),
	);
	const told = messages
		? Object.entries(messages).flatMap(([f, m]) => (bad.has(f) && m ? [m] : []))
		: parsed.error.issues.map((i) => i.message);
	return { query: kept.success ? kept.data : schema.parse({}), dropped: [...new Set(told)] };
}
