import { fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { fieldErrors } from '$lib/server/problems';
import {
	EMPLOYEE_FIELDS,
	employeeValues,
	parseEmployeeUpdate,
	readEmployeeForm,
} from '$lib/server/roster-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url, params }) => {
	requireRole(locals, url.pathname, EMPLOYERS);
	const res = await locals.api.roster.get(params.employeeId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const roster = await locals.api.roster.list(res.data.year);
	if (!roster.ok) loadFailed(roster.problem, url.pathname);
	return {
		review: roster.data.review,
		employee: res.data,
		values: employeeValues(res.data),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url, params }) => {
		requireRole(locals, url.pathname, EMPLOYERS);
		const form = await readForm(request);
		const values = readEmployeeForm(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseEmployeeUpdate(values);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: parsed.message });
		const res = await locals.api.roster.update(params.employeeId, parsed.body);
		if (res.ok) redirect(303, `/employer/quota/employees?year=${res.data.year}&done=saved`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { values, ...fieldErrors(res.problem, EMPLOYEE_FIELDS) });
	},
} satisfies Actions;
