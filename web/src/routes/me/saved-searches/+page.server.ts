import { fail, redirect } from '@sveltejs/kit';
import { CreateSavedSearchBodySchema, describeSavedSearch, SEEKERS } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, mayUse, redirectIfSignedOut, requireUser } from '$lib/server/guard';
import { problemMessage, type FieldErrors } from '$lib/server/problems';
import { criteriaFields, hasCriteria, readCriteria } from '$lib/server/saved-search-criteria';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/saved-searches';
type Failure = { name: string; errors: FieldErrors<'name'>; message?: string };
const failure = (f: Failure) => f;

export const load = (async ({ locals, url }) => {
	const user = requireUser(locals, HERE + url.search);
	if (!mayUse(user, SEEKERS)) return { forSeeker: false as const };
	const [saved, towns, fairs] = await Promise.all([
		locals.api.alerts.listSaved(),
		locals.api.townships(),
		locals.api.fairs.list(),
	]);
	if (!saved.ok) loadFailed(saved.problem, HERE);
	const names = new Map(towns.ok ? towns.data.items.map((t) => [t.code, t.name]) : []);
	const fairTitles = new Map(fairs.ok ? fairs.data.items.map((f) => [f.id, f.title]) : []);
	const words = (q: Parameters<typeof describeSavedSearch>[0]) =>
		describeSavedSearch(
			q,
			(c) => names.get(c),
			(id) => fairTitles.get(id),
		);
	const draft = hasCriteria(url.searchParams) ? readCriteria(url.searchParams) : undefined;
	const deleting = url.searchParams.get('delete');
	return {
		forSeeker: true as const,
		items: saved.data.items.map((s) => ({ id: s.id, name: s.name, words: words(s.query) })),
		draft: draft && {
			// the form posts back to this address, so a failed try still shows the same conditions
			action: `?${new URLSearchParams(criteriaFields(draft.query).map((f) => [f.name, f.value]))}&/create`,
			words: words(draft.query),
			fields: criteriaFields(draft.query),
			dropped: draft.dropped,
			suggestedName: (draft.query.q ?? words(draft.query)[0] ?? '').slice(0, 40),
		},
		deleting: saved.data.items.find((s) => s.id === deleting)?.id ?? null,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	create: async ({ request, locals }) => {
		requireUser(locals, HERE);
		const form = await readForm(request);
		if (!form) return fail(400, failure({ errors: {}, message: UNREADABLE_FORM, name: '' }));
		const name = String(form.get('name') ?? '');
		const parsed = CreateSavedSearchBodySchema.safeParse({ name, query: readCriteria(form).query });
		if (!parsed.success) return failWith(parsed.error, ['name'], { name });
		const res = await locals.api.alerts.createSaved(parsed.data);
		if (res.ok) redirect(303, `${HERE}?done=created`);
		redirectIfSignedOut(res.problem, HERE);
		return failWith(res.problem, ['name'], { name });
	},
	delete: async ({ request, locals }) => {
		requireUser(locals, HERE);
		const id = String((await readForm(request))?.get('id') ?? '');
		const res = await locals.api.alerts.deleteSaved(id);
		if (res.ok) redirect(303, `${HERE}?done=deleted`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(
			res.problem.status,
			failure({ name: '', errors: {}, message: problemMessage(res.problem) }),
		);
	},
} satisfies Actions;
