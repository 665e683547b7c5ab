import { redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

// GET only shows the button: following a link must never sign anyone out.
export const load = (({ locals }) => ({ signedIn: locals.user !== null })) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, cookies, url }) => {
		// Forget the session here even when the API cannot be reached; it expires there on its own.
		if (locals.user) await locals.api.auth.logout();
		clearSessionCookie(cookies, url);
		redirect(303, '/');
	},
} satisfies Actions;
