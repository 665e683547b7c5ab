import { fail, redirect } from '@sveltejs/kit';
import { CONSENT_KINDS, SEEKERS, type ConsentKind } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { loadError } from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/consents';
const kindOf = (value: unknown) => CONSENT_KINDS.find((k) => k === value);

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEEKERS);
	const res = await locals.api.consents.list();
	if (!res.ok) loadError(res.problem);
	return {
		items: res.data.items,
		confirm: kindOf(url.searchParams.get('withdraw')) ?? null,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

async function change(locals: App.Locals, request: Request, what: 'grant' | 'withdraw') {
	requireRole(locals, HERE, SEEKERS);
	const kind: ConsentKind | undefined = kindOf((await readForm(request))?.get('kind'));
	if (!kind) return fail(400, { message: '没有收到要改的是哪一项同意，请回到页面再按一次。' });
	const res = await locals.api.consents[what](kind);
	if (!res.ok) return fail(res.problem.status, { message: problemMessage(res.problem) });
	redirect(303, `${HERE}?done=${what}-${kind}`);
}

export const actions = {
	grant: ({ locals, request }) => change(locals, request, 'grant'),
	withdraw: ({ locals, request }) => change(locals, request, 'withdraw'),
} satisfies Actions;
