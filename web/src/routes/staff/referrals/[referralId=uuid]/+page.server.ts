import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { parseUpdate, readUpdateValues, UPDATE_FIELDS } from '$lib/server/referral-form';
import type { Actions, PageServerLoad } from './$types';

/** One referral: what it is, its history of updates, and a form for the next step. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.referrals.get(params.referralId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		referral: res.data,
		done: url.searchParams.get('done'),
		// what the last update did besides the status (an employment record, an enrolment)
		effects: url.searchParams.getAll('effect'),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const form = await readForm(request);
		const values = readUpdateValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseUpdate(values);
		if (!parsed.success) return failWith(parsed.error, UPDATE_FIELDS, { values });
		const res = await locals.api.referrals.update(params.referralId, parsed.data);
		if (res.ok) {
			const effects = res.data.effects.map((e) => `&effect=${e.kind}`).join('');
			redirect(303, `${url.pathname}?done=updated${effects}#history`);
		}
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, UPDATE_FIELDS, { values });
	},
} satisfies Actions;
