import { fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { recentYears, yearOf } from '../quota-year';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, EMPLOYERS);
	const year = yearOf(url);
	const [res, proposals] = await Promise.all([
		locals.api.roster.list(year),
		locals.api.rosterProposals.list(year),
	]);
	if (!res.ok) loadFailed(res.problem, `${url.pathname}${url.search}`);
	return {
		roster: res.data,
		// hires through the platform, waiting for the employer to put them on the roster
		proposals: proposals.ok ? proposals.data.items : [],
		year,
		years: recentYears(),
		done: url.searchParams.get('done') ?? '',
	};
}) satisfies PageServerLoad;

const decide =
	(verb: 'confirm' | 'dismiss') =>
	async ({ request, locals, url }: { request: Request; locals: App.Locals; url: URL }) => {
		const here = `${url.pathname}?year=${yearOf(url)}`;
		requireRole(locals, here, EMPLOYERS);
		const id = String((await readForm(request))?.get('id') ?? '');
		const res = await locals.api.rosterProposals.decide(id, verb);
		if (res.ok) redirect(303, `${here}&done=${verb === 'confirm' ? 'added' : 'dismissed'}`);
		redirectIfSignedOut(res.problem, here);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	};

export const actions = { confirm: decide('confirm'), dismiss: decide('dismiss') } satisfies Actions;
