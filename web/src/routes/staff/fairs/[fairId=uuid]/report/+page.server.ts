import { FAIR_ORGANISERS } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

/** The fair report (issue 14 §9): county-wide figures, so the organisers only. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, FAIR_ORGANISERS);
	const res = await locals.api.fairReport.get(params.fairId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return { report: res.data };
}) satisfies PageServerLoad;
