import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import {
	EMPLOYMENT_FIELDS,
	parseEmployment,
	readEmploymentValues,
} from '$lib/server/employment-form';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/** 实名制 就业情况: the current situation, every earlier record, and a form for a change. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const [person, history] = await Promise.all([
		locals.api.people.get(params.id),
		locals.api.employment.history(params.id),
	]);
	if (!person.ok) loadFailed(person.problem, url.pathname);
	if (!history.ok) loadFailed(history.problem, url.pathname);
	return {
		personId: params.id,
		name: person.data.fullName,
		history: history.data,
		values: readEmploymentValues(null),
		recorded: url.searchParams.get('done') === 'recorded',
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const form = await readForm(request);
		const values = readEmploymentValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseEmployment(values);
		if (!parsed.success) return failWith(parsed.error, EMPLOYMENT_FIELDS, { values });
		const res = await locals.api.employment.record(params.id, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=recorded`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, EMPLOYMENT_FIELDS, { values });
	},
} satisfies Actions;
