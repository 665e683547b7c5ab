import { redirect } from '@sveltejs/kit';
import { ClaimCodeBodySchema, SEEKERS, SIGN_UP_CLAIM_NOTICE } from '@ronghe/contracts';
import { failWith, readForm } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/claim';
const FIELDS = ['code'] as const;

export const load = (({ locals }) => {
	requireRole(locals, HERE, SEEKERS);
	return { notice: SIGN_UP_CLAIM_NOTICE };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		requireRole(locals, HERE, SEEKERS);
		// an unreadable body is treated as an empty form: the field then says what is missing
		const form = (await readForm(request)) ?? new FormData();
		const parsed = ClaimCodeBodySchema.safeParse({ code: form.get('code') || undefined });
		if (!parsed.success) return failWith(parsed.error, FIELDS, {});
		const res = await locals.api.auth.claimSignUp(parsed.data);
		if (res.ok) redirect(303, '/me/profile?done=claimed');
		redirectIfSignedOut(res.problem, HERE);
		// wrong_code and code_unusable belong next to the code field
		return failWith(res.problem, FIELDS, {}, { wrong_code: 'code', code_unusable: 'code' });
	},
} satisfies Actions;
