import { error, fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { BOOTH_FIELDS, boothPage, boothValues, parseBooth } from '$lib/server/booth-form';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** A booth at one fair: apply, or change the application (a refused one goes back to review). */
export const load = (async ({ locals, params, url }) => {
	const me = requireRole(locals, url.pathname, EMPLOYERS);
	const [fair, postings, users] = await Promise.all([
		locals.api.fair.get(params.fairId),
		locals.api.employerPostings.list(),
		locals.api.employers.users(),
	]);
	if (!fair.ok) {
		if (fair.problem.status === 404) error(404, '没有找到这场招聘会。');
		loadFailed(fair.problem, url.pathname);
	}
	return boothPage(fair.data, postings, users, me.id);
}) satisfies PageServerLoad;

export const actions = {
	apply: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, EMPLOYERS);
		const form = await readForm(request);
		const values = boothValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseBooth(values);
		if (!parsed.success) return failWith(parsed.error, BOOTH_FIELDS, { values });
		const res = await locals.api.fair.applyBooth(params.fairId, parsed.data);
		if (res.ok)
			redirect(303, `/employer/fairs?done=${res.data.status === 'approved' ? 'saved' : 'applied'}`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, BOOTH_FIELDS, { values });
	},
} satisfies Actions;
