import { error } from '@sveltejs/kit';
import { COUNTY_STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	requireRole(locals, `/staff/quota/agencies${url.search}`, COUNTY_STAFF);
	const lastYear = new Date().getFullYear() - 1;
	const asked = Number(url.searchParams.get('year'));
	const year = Number.isInteger(asked) && asked >= 2018 && asked <= lastYear ? asked : lastYear;
	const page = Number(url.searchParams.get('page'));
	const res = await locals.api.quota.agencies(
		year,
		Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
	);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return { agencies: res.data, years: Array.from({ length: 6 }, (_, i) => lastYear - i) };
}) satisfies PageServerLoad;
