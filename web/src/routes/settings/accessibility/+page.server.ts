import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { A11Y_COOKIE, serializeA11yCookie } from '$lib/a11y';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { safeReturnTo } from '$lib/server/return-to';
import type { Actions, PageServerLoad } from './$types';

const ONE_YEAR = 60 * 60 * 24 * 365;
const checkbox = z
	.string()
	.optional()
	.transform((value) => value === 'on');
const SettingsFormSchema = z.object({
	largeText: checkbox,
	highContrast: checkbox,
	returnTo: z.string().optional(),
});

export const load = (({ url }) => ({
	saved: url.searchParams.get('saved') === '1',
})) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, cookies, url }) => {
		const data = await readForm(request);
		if (!data) return fail(400, { message: UNREADABLE_FORM });
		const values = Object.fromEntries(data);
		const parsed = SettingsFormSchema.safeParse(values);
		if (!parsed.success) return fail(400, { message: '设置没有保存成功，请再按一次“保存设置”。' });
		const form = parsed.data;
		const settings = { largeText: form.largeText, highContrast: form.highContrast };
		// httpOnly: only the server reads it, to render the classes on <html>.
		cookies.set(A11Y_COOKIE, serializeA11yCookie(settings), {
			path: '/',
			maxAge: ONE_YEAR,
			sameSite: 'lax',
			httpOnly: true,
			secure: url.protocol === 'https:',
		});
		redirect(303, safeReturnTo(form.returnTo, url.origin) ?? '/settings/accessibility?saved=1');
	},
} satisfies Actions;
