import { STAFF } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const STATUSES = ['unemployed', 'employed', 'all'] as const;
type Status = (typeof STATUSES)[number];

/** 残疾人大学生: newest graduates first, those not in work first, with a year and status filter. */
export const load = (async ({ locals, url }) => {
	const here = url.pathname + url.search;
	requireRole(locals, here, STAFF);
	const y = Number(url.searchParams.get('year') ?? '');
	const year = Number.isInteger(y) && y >= 1990 && y <= 2100 ? y : null;
	const asked = url.searchParams.get('status') as Status;
	const status = STATUSES.includes(asked) ? asked : 'all';
	const n = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
	const res = await locals.api.graduates.list({ status, page, ...(year ? { year } : {}) });
	if (!res.ok) loadFailed(res.problem, here);
	return { list: res.data, year, status, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;
