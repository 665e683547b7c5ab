import { fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF } from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { chinaToday } from '$lib/format';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	clinicOptions,
	HOURS_FIELDS,
	parseHours,
	parsePractitioner,
	PRACTITIONER_FIELDS,
	practitionerValues,
	readPractitionerValues,
} from '$lib/server/massage-form';
import type { Actions, PageServerLoad } from './$types';

const thisYear = () => chinaToday().slice(0, 4);

/** One practitioner: what they still lack, their record to change, and 继续教育 by year. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, COUNTY_STAFF);
	const [one, clinics, rules] = await Promise.all([
		locals.api.massage.practitioner(params.practitionerId),
		clinicOptions(locals.api),
		locals.api.rules.massage(),
	]);
	if (!one.ok) loadFailed(one.problem, url.pathname);
	const p = one.data;
	return {
		p,
		clinics,
		values: practitionerValues(p.personId, p),
		hoursValues: { year: thisYear(), hours: '' },
		// the yearly minimum in force (staff may change it at /staff/massage/rules)
		ceHoursPerYear: rules.ok ? rules.data.rules.ceHoursPerYear : null,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, locals, url }) => {
		requireRole(locals, url.pathname, COUNTY_STAFF);
		const form = await readForm(request);
		const values = readPractitionerValues(form);
		const extra = { action: 'save' as const, values };
		if (!form) return fail(400, { ...extra, errors: {}, message: UNREADABLE_FORM });
		const parsed = parsePractitioner(values);
		if (!parsed.success) return failWith(parsed.error, PRACTITIONER_FIELDS, extra);
		const res = await locals.api.massage.savePractitioner(parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=saved`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, PRACTITIONER_FIELDS, extra);
	},

	hours: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, COUNTY_STAFF);
		const form = await readForm(request);
		const hoursValues = formValues(form, HOURS_FIELDS);
		const extra = { action: 'hours' as const, hoursValues };
		if (!form) return fail(400, { ...extra, errors: {}, message: UNREADABLE_FORM });
		const { year, parsed } = parseHours(hoursValues);
		const errors: Partial<Record<'year' | 'hours', string[]>> = {};
		if (year === null) errors.year = ['请写 2000 到 2100 之间的年份，例如 2025。'];
		if (!parsed.success) errors.hours = [parsed.error.issues[0]?.message ?? '学时要写数字。'];
		if (year === null || !parsed.success) return fail(400, { ...extra, errors });
		const res = await locals.api.massage.setHours(params.practitionerId, year, parsed.data.hours);
		if (res.ok) redirect(303, `${url.pathname}?done=hours`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, HOURS_FIELDS, extra);
	},
} satisfies Actions;
