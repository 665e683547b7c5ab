import { fail } from '@sveltejs/kit';
import { LevyEstimateBodySchema, type LevyEstimate, type Problem } from '@ronghe/contracts';
import {
	addError,
	collectErrors,
	emptyValues,
	readLevyForm,
	toLevyBody,
	type LevyFieldErrors,
	type LevyFormValues,
} from '$lib/levy-form';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { issuesOf, problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

export type LevyFormResult = {
	values: LevyFormValues;
	errors?: LevyFieldErrors;
	result?: LevyEstimate;
};

/** The API's messages by field; with no field named, one message for the whole form. */
function problemErrors(values: LevyFormValues, rowOf: number[], problem: Problem) {
	const errors = collectErrors(values, rowOf, issuesOf(problem));
	if (problem.code === 'levy_rules_missing')
		addError(errors, 'collectionYear', problemMessage(problem));
	if (!Object.keys(errors).length) addError(errors, 'form', problemMessage(problem));
	return errors;
}

export const load = (async ({ locals }) => {
	const res = await locals.api.levy.ruleYears();
	const years = res.ok ? res.data.years : [];
	const thisYear = new Date().getFullYear();
	const defaultYear = [...years].reverse().find((y) => y <= thisYear) ?? years.at(-1) ?? thisYear;
	return { years, defaultValues: emptyValues(String(defaultYear)) };
}) satisfies PageServerLoad;

export const actions = {
	estimate: async ({ request, locals }) => {
		const form = await readForm(request);
		if (!form) return fail(400, { values: emptyValues(''), errors: { form: [UNREADABLE_FORM] } });
		const values = readLevyForm(form);
		const { body, rowOf } = toLevyBody(values);
		const parsed = LevyEstimateBodySchema.safeParse(body);
		if (!parsed.success) {
			const errors = collectErrors(values, rowOf, issuesOf(parsed.error));
			return fail(400, { values, errors } satisfies LevyFormResult);
		}
		const res = await locals.api.levy.estimate(body);
		if (res.ok) return { values, result: res.data } satisfies LevyFormResult;
		const errors = problemErrors(values, rowOf, res.problem);
		return fail(res.problem.status, { values, errors } satisfies LevyFormResult);
	},

	// "再加一行" without JavaScript: the same form again, with one more empty row
	addRow: async ({ request }) => {
		const form = await readForm(request);
		const values = form ? readLevyForm(form, 1) : emptyValues('');
		return { values, focusRow: values.rows.length - 1 };
	},
} satisfies Actions;
