import { fail, redirect } from '@sveltejs/kit';
import { EmployerSignUpBodySchema, PASSWORD_MIN_LENGTH } from '@ronghe/contracts';
import {
	ACCOUNT_FIELDS,
	employerFormOptions,
	PROFILE_FIELDS,
	readEmployerForm,
} from '$lib/server/employer-form';
import { employerFailure } from '$lib/server/employer-problems';
import { readForm } from '$lib/server/form-data';
import { setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [...PROFILE_FIELDS, ...ACCOUNT_FIELDS];

export const load = (async ({ locals }) => {
	if (locals.user)
		redirect(303, locals.user.role === 'employer' ? '/employer/profile' : '/account');
	return { options: await employerFormOptions(locals.api), passwordMinLength: PASSWORD_MIN_LENGTH };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, cookies, url }) => {
		const { values, body } = readEmployerForm((await readForm(request)) ?? new FormData());
		const parsed = EmployerSignUpBodySchema.safeParse(body);
		if (!parsed.success) return fail(400, employerFailure(values, parsed.error, FIELDS));
		const res = await locals.api.employers.signUp(parsed.data);
		if (!res.ok) return fail(res.problem.status, employerFailure(values, res.problem, FIELDS));
		setSessionCookie(cookies, res.data, url);
		redirect(303, '/employer/profile?done=signed-up');
	},
} satisfies Actions;
