import { fail, redirect } from '@sveltejs/kit';
import { ChangePasswordBodySchema, PASSWORD_MIN_LENGTH, SEEKERS } from '@ronghe/contracts';
import { failWith, readForm } from '$lib/server/form-data';
import { mayUse, redirectIfSignedOut, requireUser } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { clearSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/account';
const FIELDS = ['currentPassword', 'newPassword'] as const;

export const load = (({ locals, url }) => {
	const user = requireUser(locals, HERE);
	return {
		account: {
			name: user.name,
			roleLabel: user.roleLabel,
			phoneMasked: user.phoneMasked,
			mustChangePassword: user.mustChangePassword,
			isSeeker: mayUse(user, SEEKERS),
		},
		passwordMinLength: PASSWORD_MIN_LENGTH,
		passwordChanged: url.searchParams.get('done') === 'password',
	};
}) satisfies PageServerLoad;

export const actions = {
	password: async ({ request, locals }) => {
		requireUser(locals, HERE);
		// an unreadable body is treated as an empty form: the fields then say what is missing
		const form = (await readForm(request)) ?? new FormData();
		const parsed = ChangePasswordBodySchema.safeParse({
			currentPassword: form.get('currentPassword') || undefined,
			newPassword: form.get('newPassword') || undefined,
		});
		const failed = { form: 'password' as const };
		if (!parsed.success) return failWith(parsed.error, FIELDS, failed);
		const res = await locals.api.auth.changePassword(parsed.data);
		if (res.ok) redirect(303, `${HERE}?done=password`);
		redirectIfSignedOut(res.problem, HERE);
		// the API's 422 `wrong_password` belongs next to the field for the current password
		return failWith(res.problem, FIELDS, failed, { wrong_password: 'currentPassword' });
	},

	logoutAll: async ({ locals, cookies, url }) => {
		requireUser(locals, HERE);
		const res = await locals.api.auth.logoutAll();
		if (res.ok) {
			clearSessionCookie(cookies, url);
			redirect(303, '/login?done=signed-out-all');
		}
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { form: 'logoutAll', message: problemMessage(res.problem) });
	},
} satisfies Actions;
