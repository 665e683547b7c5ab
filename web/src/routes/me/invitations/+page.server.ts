import { fail, redirect } from '@sveltejs/kit';
import { INVITATION_STATUS_LABELS, SEEKERS } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/invitations';

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEEKERS);
	const res = await locals.api.invitations.mine();
	if (!res.ok) loadFailed(res.problem, HERE);
	return {
		items: res.data.items.map((i) => ({ ...i, statusLabel: INVITATION_STATUS_LABELS[i.status] })),
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

const answer =
	(verb: 'accept' | 'decline') =>
	async ({ request, locals }: { request: Request; locals: App.Locals }) => {
		requireRole(locals, HERE, SEEKERS);
		const id = String((await readForm(request))?.get('id') ?? '');
		const res = await locals.api.invitations.answer(id, verb);
		if (res.ok) redirect(303, `${HERE}?done=${verb}`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	};

export const actions = { accept: answer('accept'), decline: answer('decline') } satisfies Actions;
