import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	findPeople,
	GRADUATE_FIELDS,
	parseGraduate,
	personLine,
	readGraduateValues,
} from '$lib/server/referral-form';
import type { Actions, PageServerLoad } from './$types';

/** 添加大学生: find the person in the registry (or ?personId=), then their school and year. */
export const load = (async ({ locals, url }) => {
	requireRole(locals, url.pathname + url.search, STAFF);
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 40);
	const person = await personLine(locals.api, url.searchParams.get('personId') ?? '');
	if (!person) return { q, found: await findPeople(locals.api, q), person: null, values: null };
	return {
		q,
		found: null,
		person: person.line,
		values: { ...readGraduateValues(null), personId: person.id },
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url }) => {
		requireRole(locals, url.pathname + url.search, STAFF);
		const form = await readForm(request);
		const values = readGraduateValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseGraduate(values);
		if (!parsed.success) return failWith(parsed.error, GRADUATE_FIELDS, { values });
		const res = await locals.api.graduates.create({ ...parsed.data, personId: values.personId });
		if (res.ok) redirect(303, `/staff/graduates/${res.data.id}?done=created`);
		redirectIfSignedOut(res.problem, url.pathname + url.search);
		// one entry per person: go to the one there is
		const known = (res.problem as { graduateId?: unknown }).graduateId;
		if (res.problem.status === 409 && typeof known === 'string')
			redirect(303, `/staff/graduates/${known}?done=known`);
		return failWith(res.problem, GRADUATE_FIELDS, { values });
	},
} satisfies Actions;
