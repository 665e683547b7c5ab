import { error, fail, redirect } from '@sveltejs/kit';
import { problemMessage } from '$lib/server/problems';
import { loginHref, requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/search';
const STAFF = new Set(['admin', 'bureau']);

export const load = (async ({ locals, url }) => {
	const user = requireUser(locals, HERE);
	if (!STAFF.has(user.role)) error(403, '这个页面只有县人社局工作人员和系统管理员可以查看。');
	const res = await locals.api.searchSync.status();
	if (!res.ok) {
		if (res.problem.status === 401) redirect(303, loginHref(HERE));
		error(res.problem.status, problemMessage(res.problem));
	}
	return { status: res.data, retried: url.searchParams.get('retried') };
}) satisfies PageServerLoad;

export const actions = {
	retry: async ({ locals }) => {
		requireUser(locals, HERE);
		const res = await locals.api.searchSync.retryFailed();
		if (res.ok) redirect(303, `${HERE}?retried=${res.data.retried}`);
		if (res.problem.status === 401) redirect(303, loginHref(HERE));
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
