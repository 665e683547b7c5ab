import { postTypeOptions, presentPosting } from '$lib/server/present';
import { problemFieldMessages, problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';
import { parseJobsQuery } from './jobs-query';

export const load = (async ({ url, locals }) => {
	const { query, issues } = parseJobsQuery(url.searchParams);
	const [postings, townships] = await Promise.all([
		locals.api.postings.list(query),
		locals.api.townships(),
	]);
	return {
		query,
		issues,
		postTypes: postTypeOptions,
		townships: townships.ok ? townships.data.items.map(({ code, name }) => ({ code, name })) : [],
		result: postings.ok
			? { ...postings.data, items: postings.data.items.map(presentPosting) }
			: null,
		problem: postings.ok
			? null
			: {
					message: problemMessage(postings.problem),
					fields: problemFieldMessages(postings.problem),
				},
	};
}) satisfies PageServerLoad;
