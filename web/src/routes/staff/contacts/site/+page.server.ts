import { error, fail, redirect } from '@sveltejs/kit';
import { SaveSiteInfoBodySchema, SITE_INFO_EDITORS } from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/contacts/site';
const FIELDS = ['hotline', 'address', 'icpNumber', 'policeNumber'] as const;

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SITE_INFO_EDITORS);
	const res = await locals.api.contacts.info();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return { values: res.data.site, saved: url.searchParams.has('saved') };
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ request, locals }) => {
		requireRole(locals, HERE, SITE_INFO_EDITORS);
		const form = await readForm(request);
		if (!form) return fail(400, { values: null, errors: {}, message: UNREADABLE_FORM });
		const values = formValues(form, FIELDS);
		const parsed = SaveSiteInfoBodySchema.safeParse(values);
		if (!parsed.success) return failWith(parsed.error, FIELDS, { values });
		const res = await locals.api.contacts.saveSite(parsed.data);
		if (!res.ok) return failWith(res.problem, FIELDS, { values });
		redirect(303, `${HERE}?saved`);
	},
} satisfies Actions;
