import { redirect } from '@sveltejs/kit';
import { DeletionRequestBodySchema, SEEKERS } from '@ronghe/contracts';
import { failWith, readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { clearSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/privacy';
const FIELDS = ['password', 'confirm'] as const;
/** The page lists the latest entries; the download holds them all. */
const VIEWS_SHOWN = 50;

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEEKERS);
	const [views, consents] = await Promise.all([
		locals.api.privacy.views(),
		locals.api.consents.list(),
	]);
	if (!views.ok) loadFailed(views.problem, HERE);
	if (!consents.ok) loadFailed(consents.problem, HERE);
	return {
		views: views.data.rows.slice(0, VIEWS_SHOWN),
		viewsTotal: views.data.rows.length,
		consents: consents.data.items,
		confirmDelete: url.searchParams.get('delete') === '1',
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Deletes at once; the API answers a repeated press the same, so a retry is harmless. */
	erase: async ({ locals, request, cookies, url }) => {
		requireRole(locals, HERE, SEEKERS);
		const form = (await readForm(request)) ?? new FormData();
		const parsed = DeletionRequestBodySchema.safeParse({
			password: form.get('password') || undefined,
			confirm: form.get('confirm') === 'yes' ? true : undefined,
		});
		const failed = { form: 'erase' as const };
		if (!parsed.success) return failWith(parsed.error, FIELDS, failed);
		const res = await locals.api.privacy.erase(parsed.data);
		if (res.ok) {
			clearSessionCookie(cookies, url);
			redirect(303, `${HERE}/deleted`);
		}
		redirectIfSignedOut(res.problem, HERE);
		return failWith(res.problem, FIELDS, failed, { wrong_password: 'password' });
	},
} satisfies Actions;
