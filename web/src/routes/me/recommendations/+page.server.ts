import { fail, redirect } from '@sveltejs/kit';
import { SEEKERS } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/recommendations';

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEEKERS);
	const res = await locals.api.matching.mine(20);
	// an account whose registry record is not there yet: the page says how to get one
	if (!res.ok && res.problem.status === 404) return { list: null, done: null };
	if (!res.ok) loadFailed(res.problem, HERE);
	const done = url.searchParams.get('done');
	return { list: res.data, done: done === 'on' || done === 'off' ? done : null };
}) satisfies PageServerLoad;

export const actions = {
	personalise: async ({ request, locals }) => {
		requireRole(locals, HERE, SEEKERS);
		const form = await readForm(request);
		const choice = form?.get('personalised');
		if (choice !== 'on' && choice !== 'off')
			return fail(400, { message: form ? '请选择推荐的方式。' : UNREADABLE_FORM });
		const res = await locals.api.matching.setPersonalised(choice === 'on');
		if (res.ok) redirect(303, `${HERE}?done=${choice}`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
