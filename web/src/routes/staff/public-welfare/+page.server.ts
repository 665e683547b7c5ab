import { STAFF, type PlacementView } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const VIEWS: readonly PlacementView[] = ['active', 'ending', 'ended'];

/** 公益性岗位安置: those at work, those whose term ends within 60 days, and those ended. */
export const load = (async ({ locals, url }) => {
	requireRole(locals, url.pathname + url.search, STAFF);
	const asked = url.searchParams.get('view') as PlacementView;
	const view = VIEWS.includes(asked) ? asked : 'active';
	const n = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
	const res = await locals.api.placements.list({ view, page });
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return { list: res.data, view };
}) satisfies PageServerLoad;
