import { fail, redirect } from '@sveltejs/kit';
import { SEEKERS, STAFF, TrainingCourseListQuerySchema } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { mayUse, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import { parseQuery } from '$lib/server/query';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's own address (which courses, which page), without the notice of the last action. */
function listPath(url: URL): string {
	const q = new URLSearchParams(url.search);
	for (const k of ['done', 'course', '/enrol', '/withdraw']) q.delete(k);
	const s = q.toString();
	return `/training${s ? `?${s}` : ''}`;
}

export const load = (async ({ locals, url }) => {
	const { query } = parseQuery(TrainingCourseListQuerySchema, url.searchParams);
	const res = await locals.api.training.list({ show: query.show, page: query.page });
	const user = locals.user;
	const base = {
		show: query.show,
		page: query.page,
		signedIn: !!user,
		seeker: !!user && mayUse(user, SEEKERS),
		staff: !!user && mayUse(user, STAFF),
		returnTo: listPath(url),
		done: url.searchParams.get('done'),
	};
	if (!res.ok)
		return { ...base, problem: problemMessage(res.problem), list: null, doneTitle: null };
	// the course the notice is about, named when it is on this page
	const course = url.searchParams.get('course');
	const doneTitle = res.data.items.find((c) => c.id === course)?.title ?? null;
	return { ...base, problem: null, list: res.data, doneTitle };
}) satisfies PageServerLoad;

export const actions = {
	/** The seeker signs up for a course (again, after withdrawing, while it is still open). */
	enrol: (event) => act(event, 'enrol'),
	withdraw: (event) => act(event, 'withdraw'),
} satisfies Actions;

async function act(event: RequestEvent, kind: 'enrol' | 'withdraw') {
	const { request, locals, url } = event;
	const back = listPath(url);
	requireRole(locals, back, SEEKERS);
	const courseId = String((await readForm(request))?.get('courseId') ?? '');
	if (!UUID.test(courseId)) return fail(400, { courseId, message: UNREADABLE_FORM });
	const res =
		kind === 'enrol'
			? await locals.api.training.enrol(courseId)
			: await locals.api.training.withdraw(courseId);
	const sep = back.includes('?') ? '&' : '?';
	if (res.ok) redirect(303, `${back}${sep}done=${kind}&course=${courseId}`);
	redirectIfSignedOut(res.problem, back);
	return fail(res.problem.status, { courseId, message: problemMessage(res.problem) });
}
