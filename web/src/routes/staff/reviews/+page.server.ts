import { error } from '@sveltejs/kit';
import { ReviewQueueQuerySchema, STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, STAFF);
	const { query } = parseQuery(ReviewQueueQuerySchema, url.searchParams);
	const res = await locals.api.reviews.queue(query);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return { ...res.data, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;
