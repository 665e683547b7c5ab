import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { COUNTY_STAFF, STAFF } from '@ronghe/contracts';
import { formValues, parseNumber } from '$lib/form-values';
import type { ApiClient, ApiResult } from './api';
import { failWith, readForm, UNREADABLE_FORM } from './form-data';
import { loadFailed, mayUse, requireRole } from './guard';

/*
 * The rules pages (/staff/public-welfare/rules, /staff/massage/rules): every staff member reads
 * the rules, county staff change them with a plain form or put them back to the defaults. Both
 * answer a save with a 303 back to the page (?saved, ?saved=reset).
 */

type View<T> = { rules: T; defaults: T; updatedAt: string | null; updatedBy: string | null };
type Event = Pick<RequestEvent, 'request' | 'locals'>;

export async function loadRules<T extends Record<string, number>>(
	{ locals, url }: Pick<RequestEvent, 'locals' | 'url'>,
	here: string,
	get: (api: ApiClient) => Promise<ApiResult<View<T>>>,
) {
	const user = requireRole(locals, here, STAFF);
	const res = await get(locals.api);
	if (!res.ok) loadFailed(res.problem, here);
	const values = Object.fromEntries(
		Object.entries(res.data.rules).map(([k, v]) => [k, String(v)]),
	) as Record<string, string>;
	return {
		view: res.data,
		values,
		editable: mayUse(user, COUNTY_STAFF),
		saved: url.searchParams.get('saved'),
	};
}

export function rulesActions<K extends string, T>(o: {
	here: string;
	fields: readonly K[];
	schema: z.ZodType<T>;
	defaults: T;
	save: (api: ApiClient, body: T) => Promise<ApiResult<unknown>>;
}) {
	return {
		save: async ({ request, locals }: Event) => {
			requireRole(locals, o.here, COUNTY_STAFF);
			const form = await readForm(request);
			if (!form) return fail(400, { values: null, errors: {}, message: UNREADABLE_FORM });
			const values = formValues(form, o.fields);
			const numbers = Object.fromEntries(o.fields.map((f) => [f, parseNumber(values[f])]));
			const parsed = o.schema.safeParse(numbers);
			if (!parsed.success) return failWith(parsed.error, o.fields, { values });
			const res = await o.save(locals.api, parsed.data);
			if (!res.ok) return failWith(res.problem, o.fields, { values });
			redirect(303, `${o.here}?saved`);
		},
		reset: async ({ locals }: Event) => {
			requireRole(locals, o.here, COUNTY_STAFF);
			const res = await o.save(locals.api, o.defaults);
			if (!res.ok) return failWith(res.problem, o.fields, { values: null });
			redirect(303, `${o.here}?saved=reset`);
		},
	};
}
