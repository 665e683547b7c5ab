import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const res = await locals.api.postings.list({ pageSize: 1 });
	return { openPostings: res.ok ? res.data.total : null };
}) satisfies PageServerLoad;
