import { fail, redirect } from '@sveltejs/kit';
import { TRAINING_ORGANISERS } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import {
	COURSE_FIELDS,
	courseFormOptions,
	courseValues,
	parseCourse,
	readCourseValues,
} from '$lib/server/training-form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, TRAINING_ORGANISERS);
	const [res, options] = await Promise.all([
		locals.api.training.get(params.courseId),
		courseFormOptions(locals.api),
	]);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return { course: res.data, values: courseValues(res.data), options };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, TRAINING_ORGANISERS);
		const form = await readForm(request);
		const values = readCourseValues(form);
		if (!form) return fail(400, { values, errors: {}, message: UNREADABLE_FORM });
		const parsed = parseCourse(values);
		if (!parsed.success) return failWith(parsed.error, COURSE_FIELDS, { values });
		const res = await locals.api.training.update(params.courseId, parsed.data);
		if (res.ok) redirect(303, `/staff/training/${params.courseId}?done=saved`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, COURSE_FIELDS, { values });
	},
} satisfies Actions;
