import { redirect } from '@sveltejs/kit';
import {
	DISABILITY_CONSENT_TEXT,
	HOUSEHOLD_TYPE_LABELS,
	SignUpBodySchema,
	type SignUpBody,
} from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { failWith, readForm } from '$lib/server/form-data';
import { applyUiDefaults } from '$lib/server/profile';
import { setSessionCookie } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [
	'fullName',
	'idNumber',
	'certificateNumber',
	'townshipCode',
	'householdType',
	'phone',
	'password',
	'consentDisabilityData',
] as const;
type Field = (typeof FIELDS)[number];
// The password is never sent back to the page.
type Values = Partial<Record<Exclude<Field, 'password'>, string>>;

export const load = (async ({ locals }) => {
	if (locals.user) redirect(303, locals.user.role === 'seeker' ? '/me/profile' : '/account');
	const townships = await locals.api.townships();
	return {
		townships: townships.ok
			? townships.data.items.map((t) => ({ value: t.code, label: t.name }))
			: [],
		householdTypes: Object.entries(HOUSEHOLD_TYPE_LABELS).map(([value, label]) => ({
			value,
			label,
		})),
		consentText: DISABILITY_CONSENT_TEXT,
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await readForm(request);
		const { password, ...typed } = formValues(form, FIELDS, { trim: false });
		const values: Values = typed;
		const consentDisabilityData = values.consentDisabilityData === 'yes';
		const body = { ...values, password, consentDisabilityData };
		const parsed = SignUpBodySchema.safeParse(body);
		if (!parsed.success) return failWith(parsed.error, FIELDS, { values });
		// the API checks again and normalises the numbers; send what was typed
		const res = await locals.api.auth.signUp(body as SignUpBody);
		if (!res.ok) return failWith(res.problem, FIELDS, { values });
		setSessionCookie(cookies, res.data, url);
		applyUiDefaults(cookies, url, res.data.user.uiDefaults);
		redirect(303, '/me/profile?welcome=1');
	},
} satisfies Actions;
