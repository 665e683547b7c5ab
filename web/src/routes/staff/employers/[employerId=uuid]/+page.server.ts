import { error, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF, ReviewEmployerBodySchema, STAFF } from '@ronghe/contracts';
import { presentEmployer } from '$lib/server/employer-form';
import { failWith, readForm } from '$lib/server/form-data';
import { mayUse, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { type Actions, type PageServerLoad } from './$types';

const FIELDS = ['note', 'decision'] as const;

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
		if (!parsed.success) return failWith(parsed.error, FIELDS, { note });
		const confirm = form.get('confirm');
		if (parsed.data.decision === 'reject' && confirm !== 'yes')
			return { confirmReject: confirm !== 'back', note: parsed.data.note };
		const res = await locals.api.employers.review(params.employerId, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=${parsed.data.decision}`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, FIELDS, { note });
	},
} satisfies Actions;
