import { fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { yearOf } from '../quota-year';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const here = `${url.pathname}${url.search}`;
	requireRole(locals, here, EMPLOYERS);
	const year = yearOf(url);
	const [roster, quota] = await Promise.all([
		locals.api.roster.list(year),
		locals.api.employerQuota.get(year),
	]);
	if (!roster.ok) loadFailed(roster.problem, here);
	return {
		year,
		roster: roster.data,
		quota: quota.ok ? quota.data : null,
		submitted: url.searchParams.get('done') === 'submitted',
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url }) => {
		const here = `${url.pathname}${url.search}`;
		requireRole(locals, here, EMPLOYERS);
		const year = yearOf(url);
		const form = await readForm(request);
		if (form?.get('confirm') !== 'yes')
			return fail(400, {
				confirmError: '请先勾选确认：名单是真实的，和劳动合同、工资、社保记录一致。',
			});
		const res = await locals.api.roster.submit(year);
		if (res.ok) redirect(303, `/employer/quota/review?year=${year}&done=submitted`);
		redirectIfSignedOut(res.problem, here);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
