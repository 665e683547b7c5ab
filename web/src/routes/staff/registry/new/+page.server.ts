import { fail, redirect } from '@sveltejs/kit';
import {
	CATEGORY_LABELS,
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
	'categoryComponents',
	'consentDisabilityData',
] as const;
type Field = (typeof FIELDS)[number];
type Failure = FormErrors<Field> & { values: Record<Field, string>; components: string[] };

export const load = (async ({ locals }) => {
	const user = requireRole(locals, HERE, STAFF);
	const townships = await locals.api.townships();
	const all = townships.ok ? townships.data.items.map(({ code, name }) => ({ code, name })) : [];
	return {
		// township staff register people of their own township only
		townships: user.role === 'township' ? all.filter((t) => t.code === user.townshipCode) : all,
		educationLevels: [...EDUCATION_LEVELS],
		consentText: DISABILITY_CONSENT_TEXT,
		// the categories a 多重残疾 can be made of (1–6)
		components: Object.entries(CATEGORY_LABELS).filter(([code]) => code !== '7'),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		requireRole(locals, HERE, STAFF);
		const form = await readForm(request);
		const values = formValues(form, FIELDS);
		// 多重残疾: the ticked component categories, kept as typed for a failed try
		const components = form ? form.getAll('categoryComponents').map(String) : [];
		if (!form)
			return fail(400, { values, components, errors: {}, message: UNREADABLE_FORM } as Failure);
		const parsed = RegisterPersonBodySchema.safeParse({
			...values,
			categoryComponents: components.map(Number),
			certificateValidUntil: values.certificateValidUntil || undefined,
			consentDisabilityData: values.consentDisabilityData === 'yes',
		});
		if (!parsed.success) return failWith(parsed.error, FIELDS, { values, components });
		const res = await locals.api.people.register(parsed.data);
		if (res.ok) redirect(303, `/staff/registry/${res.data.id}?done=new`);
		redirectIfSignedOut(res.problem, HERE);
		// “already registered” belongs next to the ID number
		return failWith(res.problem, FIELDS, { values, components }, { person_exists: 'idNumber' });
	},
} satisfies Actions;
