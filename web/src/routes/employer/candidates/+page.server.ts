import {
	CANDIDATE_VIA_LABELS,
	CandidateListQuerySchema,
	EMPLOYERS,
	WORK_MODE_LABELS,
} from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { workModeLabels } from '$lib/server/present-people';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals }) => {
	requireRole(locals, `${url.pathname}${url.search}`, EMPLOYERS);
	// A bad condition is dropped and named, so the list still shows.
	const { query, dropped } = parseQuery(CandidateListQuerySchema, url.searchParams);
	const [res, townships] = await Promise.all([
		locals.api.candidates.list(query),
		locals.api.townships(),
	]);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		query,
		dropped,
		result: {
			...res.data,
			items: res.data.items.map((c) => ({
				...c,
				viaLabel: CANDIDATE_VIA_LABELS[c.via],
				workModeLabels: workModeLabels(c.desiredWorkModes),
			})),
		},
		townships: townships.ok ? townships.data.items.map(({ code, name }) => ({ code, name })) : [],
		workModes: Object.entries(WORK_MODE_LABELS).map(([value, label]) => ({ value, label })),
	};
}) satisfies PageServerLoad;
