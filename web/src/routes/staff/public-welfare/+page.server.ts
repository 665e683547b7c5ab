import { DEFAULT_PUBLIC_WELFARE_RULES, STAFF, type PlacementView } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const VIEWS: readonly PlacementView[] = ['active', 'ending', 'ended'];

/** 公益性岗位安置: those at work, those whose term ends soon (alertDays), and those ended. */
export const load = (async ({ locals, url }) => {
	requireRole(locals, url.pathname + url.search, STAFF);
	const asked = url.searchParams.get('view') as PlacementView;
	const view = VIEWS.includes(asked) ? asked : 'active';
	const n = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
	const [res, rules] = await Promise.all([
		locals.api.placements.list({ view, page }),
		locals.api.rules.publicWelfare(),
	]);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	// the numbers in the page's text are the county's rules (the defaults if they cannot be read)
	const r = rules.ok ? rules.data.rules : DEFAULT_PUBLIC_WELFARE_RULES;
	return { list: res.data, view, rules: r };
}) satisfies PageServerLoad;
