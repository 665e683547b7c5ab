import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	findPeople,
	parseReferral,
	personLine,
	readReferralValues,
	REFERRAL_FIELDS,
	referralOptions,
} from '$lib/server/referral-form';
import type { Actions, PageServerLoad } from './$types';

/**
 * 新建转介, in two steps that work without JavaScript: find the person in the registry (or arrive
 * from their page with ?personId=), then say who refers them, to what, and why.
 */
export const load = (async ({ locals, url }) => {
	requireRole(locals, url.pathname + url.search, STAFF);
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 40);
	const person = await personLine(locals.api, url.searchParams.get('personId') ?? '');
	if (!person) return { q, found: await findPeople(locals.api, q), person: null };
	const values = { ...readReferralValues(null), personId: person.id, toKind: 'employer' };
	return { q, found: null, person: person.line, values, ...(await referralOptions(locals.api)) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url }) => {
		requireRole(locals, url.pathname + url.search, STAFF);
		const form = await readForm(request);
		const values = readReferralValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseReferral(values);
		if (!parsed.success) return failWith(parsed.error, REFERRAL_FIELDS, { values });
		const res = await locals.api.referrals.create(parsed.data);
		if (res.ok) redirect(303, `/staff/referrals/${res.data.id}?done=created`);
		redirectIfSignedOut(res.problem, url.pathname + url.search);
		const existing = (res.problem as { referralId?: unknown }).referralId;
		return failWith(res.problem, REFERRAL_FIELDS, {
			values,
			existing: typeof existing === 'string' ? existing : null,
		});
	},
} satisfies Actions;
