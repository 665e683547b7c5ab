import { error } from '@sveltejs/kit';
import { requireEmployer } from '$lib/server/posting-editor';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	requireEmployer(locals, '/employer/postings');
	const res = await locals.api.employerPostings.list();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return res.data;
}) satisfies PageServerLoad;
