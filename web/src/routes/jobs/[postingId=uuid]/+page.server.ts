import { error } from '@sveltejs/kit';
import { presentPostingDetail } from '$lib/server/present';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	const res = await locals.api.postings.get(params.postingId);
	if (res.ok) return { posting: presentPostingDetail(res.data) };
	// A malformed id (400) is, to the reader, just a job that does not exist.
	if (res.problem.status === 404 || res.problem.status === 400) {
		error(404, '没有找到这个岗位。它可能已经招满，或者已经下架了。');
	}
	error(res.problem.status, problemMessage(res.problem));
}) satisfies PageServerLoad;
