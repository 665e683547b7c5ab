import { parseJobsQuery } from '$lib/server/jobs-query';
import {
	ACCOMMODATION_SUGGESTIONS,
	categoryOptions,
	postTypeOptions,
	presentPosting,
	workModeOptions,
} from '$lib/server/present';
import { problemFieldMessages, problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals }) => {
	const { query, issues } = parseJobsQuery(url.searchParams);
	const [postings, townships, fairs] = await Promise.all([
		locals.api.postings.list(query),
		locals.api.townships(),
		locals.api.fairs.list(),
	]);
	const result = postings.ok
		? { ...postings.data, items: postings.data.items.map(presentPosting) }
		: null;
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
		problem: postings.ok
			? null
			: {
					message: problemMessage(postings.problem),
					fields: problemFieldMessages(postings.problem),
				},
	};
}) satisfies PageServerLoad;
