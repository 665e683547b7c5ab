import { fail, redirect } from '@sveltejs/kit';
import { FAIR_ORGANISERS, FAIR_STATE_MOVES, FairStateInputSchema } from '@ronghe/contracts';
import { chinaDay } from '$lib/server/fair-clock';
import { FAIR_FIELDS, fairValues, parseFair, readFairValues } from '$lib/server/fair-form';
import {
	interpreterRows,
	parseInterpreters,
	problemRowErrors,
	readInterpreterRows,
} from '$lib/server/fair-interpreters';
import { boothCounts, presentStaffFair } from '$lib/server/fair-present';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

/** Moves that ask once more, on the same page, before they are made: the public sees them. */
const ASK_FIRST = new Set(['published', 'closed', 'draft']);

export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, FAIR_ORGANISERS);
	const res = await locals.api.fair.get(params.fairId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const f = res.data;
	return {
		fair: presentStaffFair(f),
		moves: FAIR_STATE_MOVES[f.state],
		values: fairValues(f),
		rows: interpreterRows(f.interpreters),
		days: { min: chinaDay(f.startsAt), max: chinaDay(f.endsAt) },
		booths: boothCounts(f.booths),
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, FAIR_ORGANISERS);
		const form = await readForm(request);
		const kept = { action: 'save' as const, values: readFairValues(form) };
		if (!form) return fail(400, { ...kept, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseFair(kept.values);
		if (!parsed.success) return failWith(parsed.error, FAIR_FIELDS, kept);
		const res = await locals.api.fair.update(params.fairId, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=saved`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, FAIR_FIELDS, kept);
	},

	// Publishing, closing and taking back ask first: the first press answers `confirm` with the
	// move; the confirmation sends `confirm=yes`, or `confirm=back` to return to the buttons.
	state: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, FAIR_ORGANISERS);
		const form = (await readForm(request)) ?? new FormData();
		const parsed = FairStateInputSchema.safeParse({ state: form.get('state') });
		if (!parsed.success)
			return fail(400, { action: 'state' as const, message: '请选择要改成的状态。' });
		const to = parsed.data.state;
		const confirm = form.get('confirm');
		if (ASK_FIRST.has(to) && confirm !== 'yes')
			return { action: 'state' as const, confirm: confirm === 'back' ? null : to };
		const res = await locals.api.fair.setState(params.fairId, to);
		if (res.ok) redirect(303, `${url.pathname}?done=${to}`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, {
			action: 'state' as const,
			message: problemMessage(res.problem),
		});
	},

	interpreters: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, FAIR_ORGANISERS);
		const form = await readForm(request);
		// without its rows a form would empty the pool: only a whole form is saved
		if (!form?.has('rows'))
			return fail(400, { action: 'interpreters' as const, message: UNREADABLE_FORM });
		const rows = readInterpreterRows(form);
		const { body, origin, errors } = parseInterpreters(rows);
		if (Object.keys(errors).length)
			return fail(400, { action: 'interpreters' as const, rows, errors });
		const res = await locals.api.fair.setInterpreters(params.fairId, body);
		if (res.ok) redirect(303, `${url.pathname}?done=interpreters`);
		redirectIfSignedOut(res.problem, url.pathname);
		const named = problemRowErrors(res.problem, origin);
		const message = Object.keys(named).length ? undefined : problemMessage(res.problem);
		return fail(res.problem.status, {
			action: 'interpreters' as const,
			rows,
			errors: named,
			message,
		});
	},
} satisfies Actions;
