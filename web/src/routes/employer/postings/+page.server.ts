import { error } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	requireRole(locals, '/employer/postings', EMPLOYERS);
	const res = await locals.api.employerPostings.list();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return res.data;
}) satisfies PageServerLoad;
