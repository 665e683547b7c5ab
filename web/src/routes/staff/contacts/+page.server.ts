import { error, fail, redirect } from '@sveltejs/kit';
import {
	CONTACT_EDITORS,
	COUNTY_STAFF,
	SaveServiceContactBodySchema,
	SITE_INFO_EDITORS,
	type ServiceContact,
} from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { mayUse, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { SessionUser } from '$lib/user';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/contacts';
const FIELDS = ['office', 'person', 'phone', 'address', 'hours', 'note'] as const;
type Field = (typeof FIELDS)[number];

/** County staff edit every contact; township staff their own township's 专职委员. */
const editable = (user: SessionUser, contacts: ServiceContact[]) =>
	mayUse(user, COUNTY_STAFF) ? contacts : contacts.filter((c) => c.key === user.townshipCode);

export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, HERE, CONTACT_EDITORS);
	const res = await locals.api.contacts.info();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	const contacts = editable(user, res.data.contacts);
	const key = url.searchParams.get('key');
	const current = contacts.find((c) => c.key === key) ?? contacts[0];
	return {
		contacts,
		editing: current ? { key: current.key, office: current.office } : null,
		mayEditSite: mayUse(user, SITE_INFO_EDITORS),
		saved: contacts.find((c) => c.key === url.searchParams.get('saved'))?.office ?? null,
		values: Object.fromEntries(FIELDS.map((f) => [f, current?.[f] ?? ''])) as Record<Field, string>,
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, locals }) => {
		requireRole(locals, HERE, CONTACT_EDITORS);
		const form = await readForm(request);
		if (!form) return fail(400, { values: null, key: '', errors: {}, message: UNREADABLE_FORM });
		const key = String(form.get('key') ?? '');
		const values = formValues(form, FIELDS);
		const parsed = SaveServiceContactBodySchema.safeParse(values);
		if (!parsed.success) return failWith(parsed.error, FIELDS, { values, key });
		const res = await locals.api.contacts.save(key, parsed.data);
		if (!res.ok) return failWith(res.problem, FIELDS, { values, key });
		redirect(303, `${HERE}?key=${encodeURIComponent(key)}&saved=${encodeURIComponent(key)}`);
	},
} satisfies Actions;
