import { fail, redirect } from '@sveltejs/kit';
import {
	DISABILITY_CONSENT_TEXT,
	HOUSEHOLD_TYPE_LABELS,
	SignUpBodySchema,
	type SignUpBody,
} from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { fieldErrors, type FormErrors } from '$lib/server/problems';
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
type Failure = FormErrors<Field> & { values: Values };

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
		const form = (await readForm(request)) ?? new FormData();
		const text = (name: Field) => String(form.get(name) ?? '');
		const values: Values = {};
		for (const f of FIELDS) if (f !== 'password') values[f] = text(f);
		const body = {
			...values,
			password: text('password'),
			consentDisabilityData: form.get('consentDisabilityData') === 'yes',
		};
		const parsed = SignUpBodySchema.safeParse(body);
		if (!parsed.success)
			return fail(400, { values, ...fieldErrors(parsed.error, FIELDS) } satisfies Failure);
		// the API checks again and normalises the numbers; send what was typed
		const res = await locals.api.auth.signUp(body as SignUpBody);
		if (!res.ok)
			return fail(res.problem.status, {
				values,
				...fieldErrors(res.problem, FIELDS),
			} satisfies Failure);
		setSessionCookie(cookies, res.data, url);
		applyUiDefaults(cookies, url, res.data.user.uiDefaults);
		redirect(303, '/me/profile?welcome=1');
	},
} satisfies Actions;
