import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	parseProduct,
	PRODUCT_FIELDS,
	productValues,
	readProductValues,
	townshipOptions,
} from '$lib/server/product-form';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/products/new';

export const load = (async ({ locals }) => {
	const user = requireRole(locals, HERE, STAFF);
	return {
		values: productValues(undefined, user),
		townships: await townshipOptions(locals.api, user),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		requireRole(locals, HERE, STAFF);
		const form = await readForm(request);
		const values = readProductValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseProduct(values);
		if (!parsed.success) return failWith(parsed.error, PRODUCT_FIELDS, { values });
		const res = await locals.api.products.create(parsed.data);
		if (res.ok) redirect(303, `/staff/products/${res.data.id}?done=created`);
		redirectIfSignedOut(res.problem, HERE);
		return failWith(res.problem, PRODUCT_FIELDS, { values });
	},
} satisfies Actions;
