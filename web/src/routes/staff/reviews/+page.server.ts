import { error } from '@sveltejs/kit';
import { problemMessage } from '$lib/server/problems';
import { requireUser } from '$lib/server/session';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireUser(locals, '/staff/reviews');
	const res = await locals.api.reviews.queue();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return { ...res.data, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;
