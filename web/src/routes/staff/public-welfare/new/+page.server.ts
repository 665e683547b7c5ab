import { error, fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	holderQuery,
	newPlacementValues,
	parsePlacement,
	PLACEMENT_FIELDS,
	placementHolder,
	readPlacementValues,
	termFor,
} from '$lib/server/placement-form';
import type { Actions, PageServerLoad } from './$types';

/**
 * 新的安置, in two steps that work without JavaScript: the priority list of candidates, each
 * linking here with `?personId=…&familyMemberId=…`; then the form with that holder's term.
 */
export const load = (async ({ locals, url }) => {
	requireRole(locals, url.pathname + url.search, STAFF);
	const h = holderQuery(url.searchParams);
	if (!h) {
		const n = Number(url.searchParams.get('page') ?? '1');
		const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
		const res = await locals.api.placements.candidates({ page });
		if (!res.ok) loadFailed(res.problem, url.pathname);
		return { step: 'choose' as const, candidates: res.data };
	}
	const [holder, term] = await Promise.all([
		placementHolder(locals.api, h),
		termFor(locals.api, h, h.start),
	]);
	if (!holder.ok) loadFailed(holder.problem, url.pathname);
	return {
		step: 'form' as const,
		holder: { ...h, ...holder.data },
		term,
		values: newPlacementValues(h.start),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const h = holderQuery(url.searchParams);
		if (!h) error(400, '请先在名单里选择要安置的人。');
		const form = await readForm(request);
		const values = readPlacementValues(form);
		// the term for the start date as typed, so the sentence above the form matches it
		const term = await termFor(locals.api, h, values.startDate);
		if (!form) return fail(400, { values, term, errors: {}, message: UNREADABLE_FORM });
		const parsed = parsePlacement(values, h);
		if (!parsed.success) return failWith(parsed.error, PLACEMENT_FIELDS, { values, term });
		const res = await locals.api.placements.create(parsed.data);
		if (res.ok) redirect(303, `/staff/public-welfare/${res.data.id}?done=placed`);
		redirectIfSignedOut(res.problem, url.pathname + url.search);
		return failWith(res.problem, PLACEMENT_FIELDS, { values, term });
	},
} satisfies Actions;
