import { fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	CLINIC_FIELDS,
	clinicFormOptions,
	clinicValues,
	parseClinic,
	readClinicValues,
} from '$lib/server/massage-form';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/massage/clinics/new';

export const load = (async ({ locals }) => {
	requireRole(locals, HERE, COUNTY_STAFF);
	return { values: clinicValues(), options: await clinicFormOptions(locals.api) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		requireRole(locals, HERE, COUNTY_STAFF);
		const form = await readForm(request);
		const values = readClinicValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseClinic(values);
		if (!parsed.success) return failWith(parsed.error, CLINIC_FIELDS, { values });
		const res = await locals.api.massage.createClinic(parsed.data);
		if (res.ok) redirect(303, `/staff/massage/clinics/${res.data.id}?done=created`);
		redirectIfSignedOut(res.problem, HERE);
		return failWith(res.problem, CLINIC_FIELDS, { values });
	},
} satisfies Actions;
