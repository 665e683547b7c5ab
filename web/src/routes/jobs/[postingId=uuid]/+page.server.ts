import { error } from '@sveltejs/kit';
import { SEEKERS } from '@ronghe/contracts';
import { mayUse } from '$lib/server/guard';
import { presentPostingDetail } from '$lib/server/present';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	const user = locals.user;
	const [res, fit] = await Promise.all([
		locals.api.postings.get(params.postingId),
		// a signed-in seeker sees whether the posting fits them, and why not; a failure leaves it out
		user && mayUse(user, SEEKERS)
			? locals.api.matching.check(params.postingId).then((r) => (r.ok ? r.data : null))
			: null,
	]);
	if (res.ok) return { posting: presentPostingDetail(res.data), fit };
	// A malformed id (400) is, to the reader, just a job that does not exist.
	if (res.problem.status === 404 || res.problem.status === 400) {
		error(404, '没有找到这个岗位。它可能已经招满，或者已经下架了。');
	}
	error(res.problem.status, problemMessage(res.problem));
}) satisfies PageServerLoad;
