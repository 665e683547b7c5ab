import { fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	allPractitioners,
	clinicOptions,
	parsePractitioner,
	PRACTITIONER_FIELDS,
	practitionerValues,
	readPractitionerValues,
} from '$lib/server/massage-form';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * 登记按摩人员: first find the person in the registry (by name or 身份证号, or arrive from their
 * registry page with ?personId=), then fill in the record. A person already on the list goes to
 * their own record, as there is one per person.
 */
export const load = (async ({ locals, url }) => {
	const here = `${url.pathname}${url.search}`;
	requireRole(locals, here, COUNTY_STAFF);
	const personId = url.searchParams.get('personId') ?? '';
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 40);
	if (UUID.test(personId)) {
		const [person, everyone, clinics] = await Promise.all([
			locals.api.people.get(personId),
			allPractitioners(locals.api),
			clinicOptions(locals.api),
		]);
		if (!person.ok) loadFailed(person.problem, here);
		const known = everyone.ok ? everyone.data.find((p) => p.personId === personId) : undefined;
		if (known) redirect(303, `/staff/massage/practitioners/${known.id}?done=known`);
		const { fullName, townshipName, idNumberMasked } = person.data;
		return {
			q,
			found: null,
			person: `${fullName}（${townshipName}，身份证号 ${idNumberMasked}）`,
			values: practitionerValues(personId),
			clinics,
		};
	}
	const found = q ? await locals.api.people.list({ q, pageSize: 10 }) : null;
	if (found && !found.ok) loadFailed(found.problem, here);
	return { q, found: found?.data ?? null, person: null, values: null, clinics: [] };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url }) => {
		requireRole(locals, url.pathname, COUNTY_STAFF);
		const form = await readForm(request);
		const values = readPractitionerValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parsePractitioner(values);
		if (!parsed.success) return failWith(parsed.error, PRACTITIONER_FIELDS, { values });
		const res = await locals.api.massage.savePractitioner(parsed.data);
		if (res.ok) redirect(303, `/staff/massage/practitioners/${res.data.id}?done=created`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, PRACTITIONER_FIELDS, { values });
	},
} satisfies Actions;
