import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { COUNTY_STAFF, ReviewEmployerBodySchema, STAFF } from '@ronghe/contracts';
import { presentEmployer } from '$lib/server/employer-form';
import { readForm } from '$lib/server/form-data';
import { mayUse, requireRole } from '$lib/server/guard';
import { problemFormErrors, problemMessage, type FormErrors } from '$lib/server/problems';
import { loginHref } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

type ReviewFailure = FormErrors<'note' | 'decision'> & { note: string };

export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.employers.get(params.employerId);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return {
		employer: { ...presentEmployer(res.data), users: res.data.users },
		canReview: mayUse(user, COUNTY_STAFF),
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	// Rejecting asks first, on the same page: the first press returns `confirmReject`; the
	// confirmation sends `confirm=yes`, or `confirm=back` to return to the note as typed.
	default: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, COUNTY_STAFF);
		const form = (await readForm(request)) ?? new FormData();
		const note = String(form.get('note') ?? '');
		const parsed = ReviewEmployerBodySchema.safeParse({ decision: form.get('decision'), note });
		if (!parsed.success) {
			const failure: ReviewFailure = { note, errors: z.flattenError(parsed.error).fieldErrors };
			return fail(400, failure);
		}
		const confirm = form.get('confirm');
		if (parsed.data.decision === 'reject' && confirm !== 'yes')
			return { confirmReject: confirm !== 'back', note: parsed.data.note };
		const res = await locals.api.employers.review(params.employerId, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=${parsed.data.decision}`);
		if (res.problem.status === 401) redirect(303, loginHref(url.pathname));
		const failure: ReviewFailure = {
			note,
			...problemFormErrors(res.problem, ['note', 'decision']),
		};
		return fail(res.problem.status, failure);
	},
} satisfies Actions;
