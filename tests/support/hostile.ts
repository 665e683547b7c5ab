import { randomUUID } from 'node:crypto';

/**
 * Hostile request variants derived from an operation in the OpenAPI document, for the fuzz test.
 * Each variant starts from a request that is valid as far as the schema tells (so the server
 * gets past the fields it does not target) and breaks one thing: one path parameter, one query
 * parameter, one body field, or the body as a whole.
 */

export type JsonSchema = {
	type?: string | string[];
	enum?: unknown[];
	const?: unknown;
	anyOf?: JsonSchema[];
	oneOf?: JsonSchema[];
	allOf?: JsonSchema[];
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	minItems?: number;
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	pattern?: string;
	format?: string;
	default?: unknown;
	$ref?: string;
};

export type Operation = {
	operationId: string;
	method: string;
	path: string;
	parameters: { in: 'path' | 'query' | 'header'; name: string; schema: JsonSchema }[];
	body?: JsonSchema;
};

export type Variant = {
	label: string;
	method: string;
	url: string;
	headers: Record<string, string>;
	payload?: string;
};

/** Values the schema patterns accept; the generator cannot invert a regular expression. */
const PATTERN_SAMPLES: Record<string, string> = {
	'^\\d{9}$': '140922100',
	'^\\d{2}$': '14',
	'^(\\d{2}|\\d{4}|\\d{6})$': '14',
	'^(?:\\d-\\d{2}-\\d{2}-\\d{2}|X-[A-Z]{2,10})$': 'X-FUZZ',
	'^[A-Za-z0-9-]{16,64}$': 'fuzz-idempotency-0001',
};

export const HUGE = 'A'.repeat(100_000);
export const INJECTION = "'; drop table people;--";
export const FULL_WIDTH = '１３８００１３８０００';
export const CONTROL = 'a\u0000b\u0001c\u001b[31m\u007f\u202e\r\n';
export const EMOJI = '👩‍🦽🦻🏽😀'.repeat(8);

export function deepObject(depth: number): unknown {
	let v: unknown = 'x';
	for (let i = 0; i < depth; i++) v = { a: v };
	return v;
}

/** A resolver for `$ref` into the document's components. */
export function resolver(doc: { components?: { schemas?: Record<string, JsonSchema> } }) {
	const resolve = (s: JsonSchema | undefined): JsonSchema | undefined => {
		if (!s?.$ref) return s;
		const name = s.$ref.split('/').pop()!;
		return resolve(doc.components?.schemas?.[name]);
	};
	return resolve;
}

type Resolve = ReturnType<typeof resolver>;

function firstType(s: JsonSchema): string | undefined {
	if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null');
	return s.type;
}

/** A value the schema accepts, as far as a simple reading of it goes. */
export function sampleValue(schema: JsonSchema | undefined, resolve: Resolve, depth = 0): unknown {
	const s = resolve(schema);
	if (!s || depth > 8) return null;
	if (s.const !== undefined) return s.const;
	if (s.enum?.length) return s.enum[0];
	const alt = s.anyOf ?? s.oneOf;
	if (alt)
		return sampleValue(alt.find((a) => resolve(a)?.type !== 'null') ?? alt[0], resolve, depth + 1);
	if (s.allOf?.length) return sampleValue(s.allOf[0], resolve, depth + 1);
	switch (firstType(s)) {
		case 'object': {
			const out: Record<string, unknown> = {};
			for (const [k, v] of Object.entries(s.properties ?? {})) {
				out[k] = sampleValue(v, resolve, depth + 1);
			}
			return out;
		}
		case 'array': {
			const n = s.minItems ?? 0;
			return Array.from({ length: n }, () => sampleValue(s.items, resolve, depth + 1));
		}
		case 'integer':
		case 'number': {
			const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
			return Math.min(Math.max(min, 1), s.maximum ?? Number.MAX_SAFE_INTEGER);
		}
		case 'boolean':
			return false;
		case 'string': {
			if (s.format === 'uuid') return randomUUID();
			if (s.format === 'date') return '2025-06-01';
			if (s.format === 'date-time') return '2025-06-01T08:00:00.000Z';
			if (s.pattern && PATTERN_SAMPLES[s.pattern]) return PATTERN_SAMPLES[s.pattern];
			if (s.pattern?.includes('02-29')) return '2025-06-01';
			return '测'.repeat(Math.max(s.minLength ?? 1, 4)).slice(0, s.maxLength ?? 40);
		}
		default:
			return null;
	}
}

/** Values of the wrong kind, or the right kind with hostile content, for one field. */
export function hostileValues(schema: JsonSchema | undefined, resolve: Resolve) {
	const s = resolve(schema) ?? {};
	const t = firstType(s) ?? (s.anyOf ? 'union' : 'unknown');
	const wrongType: unknown = t === 'string' ? 12345 : t === 'array' ? 'x' : 'not-a-number';
	return [
		{ label: 'wrong type', value: wrongType },
		{ label: 'null', value: null },
		{ label: '100k string', value: HUGE },
		{ label: 'nested 1000 deep', value: deepObject(1000) },
		{ label: 'sql injection', value: INJECTION },
		{ label: 'full-width digits', value: FULL_WIDTH },
		{ label: 'control characters', value: CONTROL },
		{ label: 'emoji', value: EMOJI },
		{ label: 'array for scalar', value: [INJECTION, 1, { x: null }] },
		{ label: 'negative huge number', value: -1e300 },
	];
}

const PATH_VALUES = [
	'not-a-uuid',
	'..%2F..%2Fetc%2Fpasswd',
	'%00',
	'%E0%A4%A',
	'A'.repeat(5000),
	encodeURIComponent(INJECTION),
	encodeURIComponent(FULL_WIDTH),
	encodeURIComponent(EMOJI),
	'-1',
	'99999999999999999999',
];

const JSON_HEADERS = { 'content-type': 'application/json' };

/** Every hostile variant of one operation; `validPath` gives each path parameter a real value. */
export function variantsOf(
	op: Operation,
	resolve: Resolve,
	validPath: (name: string, schema: JsonSchema) => string,
): Variant[] {
	const pathParams = op.parameters.filter((p) => p.in === 'path');
	const queryParams = op.parameters.filter((p) => p.in === 'query');
	const fill = (override?: { name: string; raw: string }) =>
		op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
			if (override?.name === name) return override.raw;
			const p = pathParams.find((x) => x.name === name)!;
			return encodeURIComponent(validPath(name, p.schema));
		});
	const base = op.body ? sampleValue(op.body, resolve) : undefined;
	const basePayload = base === undefined ? undefined : JSON.stringify(base);
	const out: Variant[] = [];
	const add = (label: string, url: string, headers: Record<string, string>, payload?: string) =>
		out.push({
			label,
			method: op.method,
			url,
			headers,
			// GET and DELETE carry no body here: Fastify does not read one for them
			...(payload === undefined || op.method === 'GET' || op.method === 'DELETE'
				? {}
				: { payload }),
		});

	for (const p of pathParams) {
		for (const raw of PATH_VALUES)
			add(
				`path ${p.name}=${raw.slice(0, 20)}`,
				fill({ name: p.name, raw }),
				JSON_HEADERS,
				basePayload,
			);
	}
	const url = fill();
	for (const p of queryParams) {
		for (const h of hostileValues(p.schema, resolve)) {
			if (typeof h.value === 'object' && h.value !== null && !Array.isArray(h.value)) continue;
			const values = Array.isArray(h.value) ? h.value : [h.value];
			const qs = values.map((v) => `${p.name}=${encodeURIComponent(String(v))}`).join('&');
			add(`query ${p.name}: ${h.label}`, `${url}?${qs}`, JSON_HEADERS, basePayload);
		}
		add(`query ${p.name}: raw bad escape`, `${url}?${p.name}=%E0%A4%A`, JSON_HEADERS, basePayload);
	}
	if (base && typeof base === 'object' && !Array.isArray(base)) {
		const props = resolve(op.body)?.properties ?? {};
		for (const [field, schema] of Object.entries(props)) {
			for (const h of hostileValues(schema, resolve)) {
				add(
					`body ${field}: ${h.label}`,
					url,
					JSON_HEADERS,
					JSON.stringify({ ...base, [field]: h.value }),
				);
			}
		}
		add(
			'body: unknown fields and __proto__',
			url,
			JSON_HEADERS,
			`{"__proto__":{"isAdmin":true},${basePayload!.slice(1)}`,
		);
		add('body: number overflow', url, JSON_HEADERS, basePayload!.replace(/:(\d+)/, ':1e999'));
	}
	const text = basePayload ?? '{}';
	// a forged or malformed credential instead of the caller's own
	add(
		'authorization: 100k bearer token',
		url,
		{ ...JSON_HEADERS, authorization: `Bearer ${HUGE}` },
		basePayload,
	);
	add(
		'authorization: not a bearer token',
		url,
		{ ...JSON_HEADERS, authorization: `Basic ${INJECTION}` },
		basePayload,
	);
	add(
		'session cookie with a bad escape',
		url,
		{ ...JSON_HEADERS, cookie: 'ronghe_session=%E0%A4%A; x=%00' },
		basePayload,
	);
	add('whole body as text/plain', url, { 'content-type': 'text/plain' }, text);
	add(
		'whole body as form',
		url,
		{ 'content-type': 'application/x-www-form-urlencoded' },
		'a=1&b=%00',
	);
	add('whole body as invalid JSON', url, JSON_HEADERS, '{"a":');
	add('whole body as JSON array', url, JSON_HEADERS, `[${text}]`);
	add('whole body as JSON string', url, JSON_HEADERS, JSON.stringify(INJECTION));
	add('whole body nested 1000 deep', url, JSON_HEADERS, JSON.stringify(deepObject(1000)));
	add(
		'whole body over the size limit',
		url,
		JSON_HEADERS,
		JSON.stringify({ x: 'A'.repeat(1_100_000) }),
	);
	add(
		'content type with odd charset',
		url,
		{ 'content-type': 'application/json; charset=utf-7' },
		text,
	);
	return out;
}

/** A small seeded generator (mulberry32), so every run sends the same sample. */
export function seeded(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		sample<T>(items: T[], n: number): T[] {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy.slice(0, n);
		},
	};
}
