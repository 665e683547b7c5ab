import { error, fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { editorChoices, handleEditor } from '$lib/server/posting-editor';
import { valuesFromPosting } from '$lib/server/posting-form';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, EMPLOYERS);
	const res = await locals.api.employerPostings.get(params.postingId);
	if (!res.ok)
		error(res.problem.status === 400 ? 404 : res.problem.status, problemMessage(res.problem));
	return {
		...(await editorChoices(locals.api)),
		posting: res.data,
		values: valuesFromPosting(res.data),
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

const act =
	(action: 'withdraw' | 'close' | 'fill') =>
	async ({
		locals,
		params,
		url,
	}: {
		locals: App.Locals;
		params: { postingId: string };
		url: URL;
	}) => {
		requireRole(locals, url.pathname, EMPLOYERS);
		const res = await locals.api.employerPostings.act(params.postingId, action);
		if (res.ok) redirect(303, `/employer/postings/${params.postingId}?done=${action}`);
		return fail(res.problem.status, { errors: {}, message: problemMessage(res.problem) });
	};

export const actions = {
	save: ({ request, locals, params, url }) =>
		handleEditor(request, locals, url.pathname, params.postingId, 'save'),
	check: ({ request, locals, params, url }) =>
		handleEditor(request, locals, url.pathname, params.postingId, 'check'),
	submit: ({ request, locals, params, url }) =>
		handleEditor(request, locals, url.pathname, params.postingId, 'submit'),
	withdraw: act('withdraw'),
	close: act('close'),
	fill: act('fill'),
} satisfies Actions;
