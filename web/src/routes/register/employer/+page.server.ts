import { fail, redirect } from '@sveltejs/kit';
import { EmployerSignUpBodySchema, PASSWORD_MIN_LENGTH } from '@ronghe/contracts';
import {
	ACCOUNT_FIELDS,
	employerFormOptions,
	flattenErrors,
	PROFILE_FIELDS,
	readEmployerForm,
	summaryItems,
	type EmployerField,
	type EmployerFormValues,
} from '$lib/server/employer-form';
import { readForm } from '$lib/server/form-data';
import { employerProblemErrors } from '$lib/server/employer-problems';
import type { FieldErrors } from '$lib/server/problems';
import { setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [...PROFILE_FIELDS, ...ACCOUNT_FIELDS];

export const load = (async ({ locals }) => {
	if (locals.user)
		redirect(303, locals.user.role === 'employer' ? '/employer/profile' : '/account');
	return { options: await employerFormOptions(locals.api), passwordMinLength: PASSWORD_MIN_LENGTH };
}) satisfies PageServerLoad;

type Failure = {
	values: EmployerFormValues;
	errors: FieldErrors<EmployerField>;
	summary: { href: string; text: string }[];
	message?: string;
};

export const actions = {
	default: async ({ request, locals, cookies, url }) => {
		const { values, body } = readEmployerForm((await readForm(request)) ?? new FormData());
		const parsed = EmployerSignUpBodySchema.safeParse(body);
		if (!parsed.success) {
			const errors = flattenErrors(parsed.error);
			const failure: Failure = { values, errors, summary: summaryItems(errors) };
			return fail(400, failure);
		}
		const res = await locals.api.employers.signUp(parsed.data);
		if (!res.ok) {
			const { errors, message } = employerProblemErrors(res.problem, FIELDS);
			const failure: Failure = { values, errors, summary: summaryItems(errors), message };
			return fail(res.problem.status, failure);
		}
		setSessionCookie(cookies, res.data, url);
		redirect(303, '/employer/profile?done=signed-up');
	},
} satisfies Actions;
