import { fail, redirect } from '@sveltejs/kit';
import { SEEKERS } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/notifications';

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE + url.search, SEEKERS);
	const page = Number(url.searchParams.get('page') ?? '1');
	const res = await locals.api.alerts.notifications({
		page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
	});
	if (!res.ok) loadFailed(res.problem, HERE);
	return { list: res.data, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;

export const actions = {
	read: async ({ request, locals }) => {
		requireRole(locals, HERE, SEEKERS);
		const id = String((await readForm(request))?.get('id') ?? '');
		const res = await locals.api.alerts.markRead(id);
		if (res.ok) redirect(303, `${HERE}?done=read`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
	readAll: async ({ locals }) => {
		requireRole(locals, HERE, SEEKERS);
		const res = await locals.api.alerts.markAllRead();
		if (res.ok) redirect(303, `${HERE}?done=all`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
