import {
	CANDIDATE_VIA_LABELS,
	CandidateListQuerySchema,
	EMPLOYERS,
	WORK_MODE_LABELS,
} from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { workModeLabels } from '$lib/server/present-people';
import type { PageServerLoad } from './$types';

const FIELDS = ['page', 'township', 'workMode'] as const;

export const load = (async ({ url, locals }) => {
	requireRole(locals, `${url.pathname}${url.search}`, EMPLOYERS);
	const raw = Object.fromEntries(
		FIELDS.flatMap((f) => (url.searchParams.has(f) ? [[f, url.searchParams.get(f)!]] : [])),
	);
	// A bad condition is dropped and named, so the list still shows.
	const parsed = CandidateListQuerySchema.safeParse(raw);
	const bad = new Set(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0])));
	const query = CandidateListQuerySchema.parse(
		Object.fromEntries(Object.entries(raw).filter(([f]) => !bad.has(f))),
	);
	const [res, townships] = await Promise.all([
		locals.api.candidates.list(query),
		locals.api.townships(),
	]);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		query,
		dropped: parsed.success ? [] : parsed.error.issues.map((i) => i.message),
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
