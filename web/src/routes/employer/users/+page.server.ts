import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import {
	AddEmployerUserBodySchema,
	EMPLOYERS,
	UuidSchema,
	type AddedEmployerUser,
} from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { failWith, readForm } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/employer/users';
const FIELDS = ['displayName', 'phone'] as const;
// The temporary password crosses the 303 in a short-lived cookie for this page only, never in
// the address: it is shown once and then gone.
const NEW_ACCOUNT_COOKIE = 'ronghe_new_account';
const NewAccountSchema = z.object({
	name: z.string(),
	phoneMasked: z.string(),
	password: z.string(),
});

function keepNewAccount(cookies: Cookies, url: URL, added: AddedEmployerUser) {
	const { user, temporaryPassword: password } = added;
	const flash = { name: user.displayName, phoneMasked: user.phoneMasked, password };
	cookies.set(NEW_ACCOUNT_COOKIE, JSON.stringify(flash), {
		path: HERE,
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:',
		maxAge: 300,
	});
}

export const load = (async ({ locals, url, cookies }) => {
	const me = requireRole(locals, HERE, EMPLOYERS);
	const res = await locals.api.employers.users();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	let added: z.infer<typeof NewAccountSchema> | null = null;
	const flash = cookies.get(NEW_ACCOUNT_COOKIE);
	if (flash) {
		cookies.delete(NEW_ACCOUNT_COOKIE, { path: HERE });
		const parsed = NewAccountSchema.safeParse(JSON.parse(flash.startsWith('{') ? flash : '{}'));
		if (parsed.success) added = parsed.data;
	}
	return {
		users: res.data.items.map((u) => ({ ...u, isMe: u.id === me.id })),
		added,
		disabled: url.searchParams.get('done') === 'disabled',
	};
}) satisfies PageServerLoad;

export const actions = {
	add: async ({ request, locals, cookies, url }) => {
		requireRole(locals, HERE, EMPLOYERS);
		const form = (await readForm(request)) ?? new FormData();
		const values = formValues(form, FIELDS, { trim: false });
		const parsed = AddEmployerUserBodySchema.safeParse(values);
		if (!parsed.success) return failWith(parsed.error, FIELDS, { form: 'add' as const, values });
		const res = await locals.api.employers.addUser(parsed.data);
		if (!res.ok) {
			redirectIfSignedOut(res.problem, HERE);
			const failed = { form: 'add' as const, values };
			return failWith(res.problem, FIELDS, failed, { phone_taken: 'phone' });
		}
		keepNewAccount(cookies, url, res.data);
		redirect(303, `${HERE}?done=added`);
	},

	disable: async ({ request, locals }) => {
		requireRole(locals, HERE, EMPLOYERS);
		const form = (await readForm(request)) ?? new FormData();
		const userId = UuidSchema.safeParse(form.get('userId'));
		if (!userId.success) return fail(400, { form: 'disable', message: '没有选中要停用的账号。' });
		const res = await locals.api.employers.disableUser(userId.data);
		if (res.ok) redirect(303, `${HERE}?done=disabled`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { form: 'disable', message: problemMessage(res.problem) });
	},
} satisfies Actions;
