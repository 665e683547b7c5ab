import { EMPLOYERS } from '@ronghe/contracts';
import { formatWaited } from '$lib/format';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const HERE = '/employer';

/** An employer's home: its postings under review, its candidates and its quota year. */
export const load = (async ({ locals }) => {
	requireRole(locals, HERE, EMPLOYERS);
	const res = await locals.api.home.employer();
	if (!res.ok) loadFailed(res.problem, HERE);
	const { submitted } = res.data.postings;
	return {
		home: res.data,
		submittedWaited: submitted.oldestAt ? formatWaited(submitted.oldestAt, new Date()) : null,
	};
}) satisfies PageServerLoad;
