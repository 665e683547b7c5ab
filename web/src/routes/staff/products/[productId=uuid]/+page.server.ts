import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	parseProduct,
	PRODUCT_FIELDS,
	productValues,
	readProductValues,
	townshipOptions,
} from '$lib/server/product-form';
import type { Actions, PageServerLoad } from './$types';

/** One entry of the directory: its form, and whether the public sees it. */
export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, url.pathname, STAFF);
	const [res, townships] = await Promise.all([
		locals.api.products.get(params.productId),
		townshipOptions(locals.api, user),
	]);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		product: res.data,
		values: productValues(res.data),
		townships,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const form = await readForm(request);
		const values = readProductValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseProduct(values);
		if (!parsed.success) return failWith(parsed.error, PRODUCT_FIELDS, { values });
		const res = await locals.api.products.update(params.productId, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=saved`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, PRODUCT_FIELDS, { values });
	},
} satisfies Actions;
