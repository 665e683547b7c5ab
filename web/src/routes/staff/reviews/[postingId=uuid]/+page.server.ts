import { error, fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF, ReturnPostingBodySchema, STAFF } from '@ronghe/contracts';
import { failWith, readForm } from '$lib/server/form-data';
import { mayUse, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['reason'] as const;

export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.reviews.get(params.postingId);
	if (!res.ok)
		error(res.problem.status === 400 ? 404 : res.problem.status, problemMessage(res.problem));
	return { posting: res.data, canDecide: mayUse(user, COUNTY_STAFF) };
}) satisfies PageServerLoad;

export const actions = {
	approve: async ({ locals, params, url }) => {
		requireRole(locals, url.pathname, COUNTY_STAFF);
		const res = await locals.api.reviews.approve(params.postingId);
		if (res.ok) redirect(303, '/staff/reviews?done=approved');
		return fail(res.problem.status, {
			form: 'approve',
			reason: '',
			errors: {},
			message: problemMessage(res.problem),
		});
	},
	return: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, COUNTY_STAFF);
		const reason = String((await readForm(request))?.get('reason') ?? '');
		const parsed = ReturnPostingBodySchema.safeParse({ reason });
		if (!parsed.success) return failWith(parsed.error, FIELDS, { form: 'return' as const, reason });
		const res = await locals.api.reviews.return(params.postingId, parsed.data.reason);
		if (res.ok) redirect(303, '/staff/reviews?done=returned');
		return failWith(res.problem, FIELDS, { form: 'return' as const, reason });
	},
} satisfies Actions;
