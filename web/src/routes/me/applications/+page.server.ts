import { fail, redirect } from '@sveltejs/kit';
import { APPLICATION_STATUS_LABELS, REJECTION_REASON_LABELS, SEEKERS } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/applications';

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEEKERS);
	const res = await locals.api.applications.mine();
	if (!res.ok) loadFailed(res.problem, HERE);
	const withdrawing = url.searchParams.get('withdraw');
	return {
		items: res.data.items.map((a) => ({
			...a,
			statusLabel: APPLICATION_STATUS_LABELS[a.status],
			reasonText: a.reason ? REJECTION_REASON_LABELS[a.reason] : null,
			canWithdraw: a.status !== 'hired' && a.status !== 'withdrawn',
			events: a.events.map((e) => ({ ...e, label: APPLICATION_STATUS_LABELS[e.status] })),
		})),
		withdrawing: res.data.items.find((a) => a.id === withdrawing)?.id ?? null,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	withdraw: async ({ request, locals }) => {
		requireRole(locals, HERE, SEEKERS);
		const id = String((await readForm(request))?.get('id') ?? '');
		const res = await locals.api.applications.withdraw(id);
		if (res.ok) redirect(303, `${HERE}?done=withdrawn`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
