import { redirect } from '@sveltejs/kit';
import { LoginBodySchema } from '@ronghe/contracts';
import { homeFor } from '$lib/nav';
import { failWith, readForm } from '$lib/server/form-data';
import { applyUiDefaults } from '$lib/server/profile';
import { safeReturnTo } from '$lib/server/return-to';
import { setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['phone', 'password'] as const;

export const load = (({ locals, url }) => {
	const returnTo = safeReturnTo(url.searchParams.get('returnTo'), url.origin);
	// already signed in (another tab, the back button): on to where the person was going
	if (locals.user) redirect(303, returnTo ?? homeFor(locals.user.role));
	return {
		returnTo,
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
		if (!parsed.success) return failWith(parsed.error, FIELDS, { values });
		const res = await locals.api.auth.login(parsed.data);
		if (!res.ok) return failWith(res.problem, FIELDS, { values });
		setSessionCookie(cookies, res.data, url);
		applyUiDefaults(cookies, url, res.data.user.uiDefaults);
		// back to the page the person came from, else to their role's home
		redirect(303, safeReturnTo(form.get('returnTo'), url.origin) ?? homeFor(res.data.user.role));
	},
} satisfies Actions;
