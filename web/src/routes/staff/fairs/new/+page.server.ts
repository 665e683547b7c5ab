import { fail, redirect } from '@sveltejs/kit';
import { FAIR_ORGANISERS } from '@ronghe/contracts';
import { FAIR_FIELDS, newFairValues, parseFair, readFairValues } from '$lib/server/fair-form';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	requireRole(locals, url.pathname, FAIR_ORGANISERS);
	return { values: newFairValues() };
}) satisfies PageServerLoad;

export const actions = {
	// A new fair is a draft: the organisers publish it from its own page when it is ready.
	default: async ({ request, locals, url }) => {
		requireRole(locals, url.pathname, FAIR_ORGANISERS);
		const form = await readForm(request);
		const values = readFairValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseFair(values);
		if (!parsed.success) return failWith(parsed.error, FAIR_FIELDS, { values });
		const res = await locals.api.fair.create(parsed.data);
		if (res.ok) redirect(303, `/staff/fairs/${res.data.id}?done=created`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, FAIR_FIELDS, { values });
	},
} satisfies Actions;
