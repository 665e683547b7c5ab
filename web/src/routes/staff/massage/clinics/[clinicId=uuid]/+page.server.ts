import { fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	CLINIC_FIELDS,
	clinicFormOptions,
	clinicValues,
	parseClinic,
	readClinicValues,
} from '$lib/server/massage-form';
import type { Actions, PageServerLoad } from './$types';

/** One clinic: its conditions, who is filed there, what it lacks, and its form. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, COUNTY_STAFF);
	const [res, options] = await Promise.all([
		locals.api.massage.clinic(params.clinicId),
		clinicFormOptions(locals.api),
	]);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		clinic: res.data,
		values: clinicValues(res.data, options.townships),
		options,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, COUNTY_STAFF);
		const form = await readForm(request);
		const values = readClinicValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		// the employer the clinic belongs to is not on the form: keep it as it is
		const saved = await locals.api.massage.clinic(params.clinicId);
		const parsed = parseClinic(values, saved.ok ? saved.data.employerId : null);
		if (!parsed.success) return failWith(parsed.error, CLINIC_FIELDS, { values });
		const res = await locals.api.massage.updateClinic(params.clinicId, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=saved`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, CLINIC_FIELDS, { values });
	},
} satisfies Actions;
