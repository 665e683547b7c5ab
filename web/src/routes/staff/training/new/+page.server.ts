import { fail, redirect } from '@sveltejs/kit';
import { TRAINING_ORGANISERS } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	COURSE_FIELDS,
	courseFormOptions,
	newCourseValues,
	parseCourse,
	readCourseValues,
} from '$lib/server/training-form';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/training/new';

/** `?occupation=` (from the training needs page) chooses the course's occupation ahead. */
export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, TRAINING_ORGANISERS);
	const options = await courseFormOptions(locals.api);
	const asked = url.searchParams.get('occupation');
	const preset = options.occupations.some((o) => o.value === asked) ? asked! : '';
	return { values: { ...newCourseValues(), occupationCode: preset }, options };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		requireRole(locals, HERE, TRAINING_ORGANISERS);
		const form = await readForm(request);
		const values = readCourseValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseCourse(values);
		if (!parsed.success) return failWith(parsed.error, COURSE_FIELDS, { values });
		const res = await locals.api.training.create(parsed.data);
		if (res.ok) redirect(303, `/staff/training/${res.data.id}?done=created`);
		redirectIfSignedOut(res.problem, HERE);
		return failWith(res.problem, COURSE_FIELDS, { values });
	},
} satisfies Actions;
