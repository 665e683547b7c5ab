import { fail, redirect } from '@sveltejs/kit';
import { STAFF } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { needActions } from '$lib/server/training-needs-form';
import type { Actions, PageServerLoad } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * 代办: staff sign a seeker up for a course that has not ended, and keep their 培训需求; the API
 * audits both.
 */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, STAFF);
	const [person, list, theirs, needs, occupations] = await Promise.all([
		locals.api.people.get(params.id),
		locals.api.training.list({ show: 'open', pageSize: 50 }),
		locals.api.training.forPerson(params.id),
		locals.api.training.needs(params.id),
		locals.api.occupations.list(),
	]);
	if (!person.ok) loadFailed(person.problem, url.pathname);
	if (!list.ok) loadFailed(list.problem, url.pathname);
	if (!theirs.ok) loadFailed(theirs.problem, url.pathname);
	if (!needs.ok) loadFailed(needs.problem, url.pathname);
	// the person's own place on each course, if they are on it
	const status = new Map(
		theirs.data.items
			.filter((i) => i.enrolment.status !== 'withdrawn')
			.map((i) => [i.course.id, i.enrolment.statusLabel]),
	);
	const done = url.searchParams.get('course');
	return {
		personId: params.id,
		name: person.data.fullName,
		courses: list.data.items.map((c) => ({ ...c, status: status.get(c.id) ?? null })),
		done: url.searchParams.get('done'),
		doneTitle: list.data.items.find((c) => c.id === done)?.title ?? null,
		needs: needs.data.items,
		occupations: occupations.ok
			? occupations.data.items.map((o) => ({ value: o.code, label: o.name }))
			: [],
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Sign the seeker up for one course (代办); the seeker is told and may withdraw. */
	enrol: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, STAFF);
		const courseId = String((await readForm(request))?.get('courseId') ?? '');
		if (!UUID.test(courseId)) return fail(400, { courseId, message: UNREADABLE_FORM });
		const res = await locals.api.training.enrolFor(params.id, courseId);
		if (res.ok)
			redirect(
				303,
				`${url.pathname}?done=${res.data.created ? 'enrolled' : 'already'}&course=${courseId}`,
			);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { courseId, message: problemMessage(res.problem) });
	},
	...needActions,
} satisfies Actions;
