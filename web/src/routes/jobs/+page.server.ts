import { fail, redirect } from '@sveltejs/kit';
import { CreateSavedSearchBodySchema, describeSavedSearch, SEEKERS } from '@ronghe/contracts';
import { isPhoneLike } from '$lib/server/device';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { parseJobsQuery } from '$lib/server/jobs-query';
import {
	ACCOMMODATION_SUGGESTIONS,
	categoryOptions,
	postTypeOptions,
	presentPosting,
	workModeOptions,
} from '$lib/server/present';
import { problemFieldMessages, problemMessage } from '$lib/server/problems';
import { saveSearchFor, searchHere } from '$lib/server/save-search';
import { readCriteria } from '$lib/server/saved-search-criteria';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ url, locals, request }) => {
	const { query, issues } = parseJobsQuery(url.searchParams);
	const [postings, townships, fairs] = await Promise.all([
		locals.api.postings.list(query),
		locals.api.townships(),
		locals.api.fairs.list(),
	]);
	const result = postings.ok
		? { ...postings.data, items: postings.data.items.map(presentPosting) }
		: null;
	const townshipNames = new Map(
		townships.ok ? townships.data.items.map((t) => [t.code, t.name]) : [],
	);
	const fairTitles = new Map(fairs.ok ? fairs.data.items.map((f) => [f.id, f.title]) : []);
	const words = describeSavedSearch(
		query,
		(c) => townshipNames.get(c),
		(id) => fairTitles.get(id),
	);
	// accommodations offered by the matching postings, most common first, and any already chosen
	const offered = Object.entries(result?.facets.accommodations ?? {})
		.sort((a, b) => b[1] - a[1])
		.map(([value]) => value);
	return {
		query,
		issues,
		postTypes: postTypeOptions,
		workModes: workModeOptions,
		categories: categoryOptions,
		accommodations: [
			...new Set([...query.accommodations, ...offered.slice(0, 12), ...ACCOMMODATION_SUGGESTIONS]),
		].slice(0, Math.max(12, query.accommodations.length)),
		townships: townships.ok ? townships.data.items.map(({ code, name }) => ({ code, name })) : [],
		fairs: fairs.ok
			? fairs.data.items
					.filter((f) => f.status !== 'finished' || f.id === query.fair)
					.map(({ id, title }) => ({ id, title }))
			: [],
		result,
		saveSearch: saveSearchFor(locals.user, url, query, words),
		saved: url.searchParams.get('saved') === '1',
		// a phone gets the filters folded from the first paint (no jump when JavaScript runs)
		phoneLike: isPhoneLike(request.headers),
		problem: postings.ok
			? null
			: {
					message: problemMessage(postings.problem),
					fields: problemFieldMessages(postings.problem),
				},
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Saves the conditions on the page as an alert, then shows the same search again. */
	saveSearch: async ({ request, locals, url }) => {
		const here = searchHere(url);
		requireRole(locals, here, SEEKERS);
		const form = await readForm(request);
		if (!form) return fail(400, { name: '', errors: {}, message: UNREADABLE_FORM });
		const name = String(form.get('name') ?? '');
		const parsed = CreateSavedSearchBodySchema.safeParse({ name, query: readCriteria(form).query });
		if (!parsed.success) return failWith(parsed.error, ['name'], { name });
		const res = await locals.api.alerts.createSaved(parsed.data);
		if (res.ok) redirect(303, `${here}${here.includes('?') ? '&' : '?'}saved=1`);
		redirectIfSignedOut(res.problem, here);
		return failWith(res.problem, ['name'], { name });
	},
} satisfies Actions;
