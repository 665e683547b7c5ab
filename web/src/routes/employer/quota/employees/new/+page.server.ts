import { fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { fieldErrors } from '$lib/server/problems';
import {
	EMPLOYEE_FIELDS,
	EMPTY_EMPLOYEE,
	parseNewEmployee,
	readEmployeeForm,
} from '$lib/server/roster-form';
import { yearOf } from '../../quota-year';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const here = `${url.pathname}${url.search}`;
	requireRole(locals, here, EMPLOYERS);
	const year = yearOf(url);
	const roster = await locals.api.roster.list(year);
	if (!roster.ok) loadFailed(roster.problem, here);
	return { year, values: EMPTY_EMPLOYEE, review: roster.data.review };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url }) => {
		requireRole(locals, `${url.pathname}${url.search}`, EMPLOYERS);
		const year = yearOf(url);
		const form = await readForm(request);
		const values = readEmployeeForm(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseNewEmployee(values);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors, message: parsed.message });
		const res = await locals.api.roster.create(year, parsed.body);
		if (res.ok) redirect(303, `/employer/quota/employees?year=${year}&done=added`);
		redirectIfSignedOut(res.problem, `${url.pathname}${url.search}`);
		return fail(res.problem.status, { values, ...fieldErrors(res.problem, EMPLOYEE_FIELDS) });
	},
} satisfies Actions;
