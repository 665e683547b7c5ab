import { STAFF, TRAINING_ORGANISERS } from '@ronghe/contracts';
import { loadFailed, mayUse, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const HERE = '/staff/training';

/** Every course, finished ones too (`?show=open` leaves them out); township staff only look. */
export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, HERE, STAFF);
	const show = url.searchParams.get('show') === 'open' ? 'open' : 'all';
	const page = Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1);
	const res = await locals.api.training.list({ show, page });
	if (!res.ok) loadFailed(res.problem, HERE);
	return { list: res.data, show, organiser: mayUse(user, TRAINING_ORGANISERS) };
}) satisfies PageServerLoad;
