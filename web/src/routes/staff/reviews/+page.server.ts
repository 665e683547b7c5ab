import { error } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, '/staff/reviews', STAFF);
	const res = await locals.api.reviews.queue();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return { ...res.data, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;
