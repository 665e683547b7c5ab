import { fail, redirect } from '@sveltejs/kit';
import {
	DISABILITY_CONSENT_TEXT,
	EDUCATION_LEVELS,
	RegisterPersonBodySchema,
	STAFF,
} from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { type FormErrors } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/registry/new';
const FIELDS = [
	'fullName',
	'idNumber',
	'certificateNumber',
	'certificateValidUntil',
	'townshipCode',
	'village',
	'education',
	'phone',
	'householdType',
	'consentDisabilityData',
] as const;
type Field = (typeof FIELDS)[number];
type Failure = FormErrors<Field> & { values: Record<Field, string> };

export const load = (async ({ locals }) => {
	const user = requireRole(locals, HERE, STAFF);
	const townships = await locals.api.townships();
	const all = townships.ok ? townships.data.items.map(({ code, name }) => ({ code, name })) : [];
	return {
		// township staff register people of their own township only
		townships: user.role === 'township' ? all.filter((t) => t.code === user.townshipCode) : all,
		educationLevels: [...EDUCATION_LEVELS],
		consentText: DISABILITY_CONSENT_TEXT,
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		requireRole(locals, HERE, STAFF);
		const form = await readForm(request);
		const values = formValues(form, FIELDS);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM } as Failure);
		const parsed = RegisterPersonBodySchema.safeParse({
			...values,
			certificateValidUntil: values.certificateValidUntil || undefined,
			consentDisabilityData: values.consentDisabilityData === 'yes',
		});
		if (!parsed.success) return failWith(parsed.error, FIELDS, { values });
		const res = await locals.api.people.register(parsed.data);
		if (res.ok) redirect(303, `/staff/registry/${res.data.id}?done=new`);
		redirectIfSignedOut(res.problem, HERE);
		// “already registered” belongs next to the ID number
		return failWith(res.problem, FIELDS, { values }, { person_exists: 'idNumber' });
	},
} satisfies Actions;
