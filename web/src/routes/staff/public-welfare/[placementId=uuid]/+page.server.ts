import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	chinaToday,
	END_FIELDS,
	readEnd,
	readSubsidy,
	SUBSIDY_FIELDS,
} from '$lib/server/placement-form';
import type { Actions, PageServerLoad } from './$types';

/** One placement: its term, the monthly subsidy ledger, and 离岗 while it has not ended. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.placements.get(params.placementId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const today = chinaToday();
	const p = res.data;
	// the month to offer: this one while the term runs, else the term's last
	const last = (p.endedOn ?? p.endDate).slice(0, 7);
	const month = today.slice(0, 7) < last ? today.slice(0, 7) : last;
	return {
		placement: p,
		month: month < p.startDate.slice(0, 7) ? p.startDate.slice(0, 7) : month,
		today,
		done: url.searchParams.get('done'),
		doneMonth: url.searchParams.get('month'),
	};
}) satisfies PageServerLoad;

export const actions = {
	/** One month's subsidies; saving a month again corrects it. */
	subsidy: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const { values, data, errors } = readSubsidy(await readForm(request));
		const extra = { action: 'subsidy' as const, values };
		if (!data) return fail(400, { ...extra, errors });
		const res = await locals.api.placements.subsidy(params.placementId, values.month, data);
		if (res.ok) redirect(303, `${url.pathname}?done=subsidy&month=${values.month}#ledger`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, SUBSIDY_FIELDS, extra, { month_outside_term: 'month' });
	},

	/** 离岗: the placement ends on the day given, for the reason given. */
	end: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const { values, parsed } = readEnd(await readForm(request));
		const extra = { action: 'end' as const, values };
		if (!parsed.success) return failWith(parsed.error, END_FIELDS, extra);
		const res = await locals.api.placements.end(params.placementId, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=ended`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, END_FIELDS, extra);
	},
} satisfies Actions;
