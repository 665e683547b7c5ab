import { EMPLOYERS } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, EMPLOYERS);
	const [posting, candidates] = await Promise.all([
		locals.api.employerPostings.get(params.postingId),
		locals.api.matching.candidates(params.postingId, 50),
	]);
	if (!posting.ok) loadFailed(posting.problem, url.pathname);
	if (!candidates.ok) loadFailed(candidates.problem, url.pathname);
	return {
		posting: { id: posting.data.id, title: posting.data.title },
		candidates: candidates.data,
	};
}) satisfies PageServerLoad;
