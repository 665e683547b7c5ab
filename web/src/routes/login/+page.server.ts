import { fail, redirect } from '@sveltejs/kit';
import { LoginBodySchema } from '@ronghe/contracts';
import { fieldErrors, type FormErrors } from '$lib/server/problems';
import { safeReturnTo } from '$lib/server/return-to';
import { applyUiDefaults } from '$lib/server/profile';
import { setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';
import { readForm } from '$lib/server/form-data';

const FIELDS = ['phone', 'password'] as const;
type Failure = FormErrors<(typeof FIELDS)[number]> & { values: { phone: string } };

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, '/account');
	return {
		returnTo: safeReturnTo(url.searchParams.get('returnTo'), url.origin),
		signedOutEverywhere: url.searchParams.get('done') === 'signed-out-all',
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, cookies, url }) => {
		// an unreadable body is treated as an empty form: the fields then say what is missing
		const form = (await readForm(request)) ?? new FormData();
		// The password is never sent back to the page.
		const values = { phone: String(form.get('phone') ?? '') };
		const parsed = LoginBodySchema.safeParse({
			phone: values.phone.trim() || undefined,
			password: form.get('password') || undefined,
		});
		if (!parsed.success)
			return fail(400, { values, ...fieldErrors(parsed.error, FIELDS) } satisfies Failure);
		const res = await locals.api.auth.login(parsed.data);
		if (!res.ok)
			return fail(res.problem.status, {
				values,
				...fieldErrors(res.problem, FIELDS),
			} satisfies Failure);
		setSessionCookie(cookies, res.data, url);
		applyUiDefaults(cookies, url, res.data.user.uiDefaults);
		redirect(303, safeReturnTo(form.get('returnTo'), url.origin) ?? '/');
	},
} satisfies Actions;
