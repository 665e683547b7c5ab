import { error, fail, redirect } from '@sveltejs/kit';
import { AreaYearParamsSchema, COUNTY_STAFF, SaveLocalWageBodySchema } from '@ronghe/contracts';
import { formValues, parseNumber } from '$lib/form-values';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { requireRole } from '$lib/server/guard';
import { joinErrors, problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/quota/wages';
const FIELDS = ['areaCode', 'year', 'averageAnnualWage', 'minimumMonthlyWage', 'source'] as const;
type Field = (typeof FIELDS)[number];

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, COUNTY_STAFF);
	const res = await locals.api.quota.wages();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	const area = url.searchParams.get('area') ?? res.data.countyCode;
	const year = url.searchParams.get('year') ?? String(new Date().getFullYear() - 1);
	const current = res.data.items.find((w) => w.areaCode === area && String(w.year) === year);
	return {
		wages: res.data,
		saved: url.searchParams.get('saved'),
		values: {
			areaCode: area,
			year,
			averageAnnualWage: current ? String(current.averageAnnualWage) : '',
			minimumMonthlyWage: current?.minimumMonthlyWage ? String(current.minimumMonthlyWage) : '',
			source: current?.source ?? '',
		} satisfies Record<Field, string>,
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, locals }) => {
		requireRole(locals, HERE, COUNTY_STAFF);
		const form = await readForm(request);
		if (!form) return fail(400, { values: null, errors: {}, message: UNREADABLE_FORM });
		const values = formValues(form, FIELDS);
		const params = AreaYearParamsSchema.safeParse({ areaCode: values.areaCode, year: values.year });
		const parsed = SaveLocalWageBodySchema.safeParse({
			averageAnnualWage: parseNumber(values.averageAnnualWage),
			minimumMonthlyWage: parseNumber(values.minimumMonthlyWage) ?? null,
			source: values.source,
		});
		if (!params.success || !parsed.success)
			return failWith(joinErrors(params, parsed), FIELDS, { values });
		const { areaCode, year } = params.data;
		const res = await locals.api.quota.saveWage(areaCode, year, parsed.data);
		if (!res.ok) return failWith(res.problem, FIELDS, { values });
		redirect(303, `${HERE}?saved=${areaCode}-${year}`);
	},
} satisfies Actions;
