import { fail, redirect } from '@sveltejs/kit';
import { certificateLabel, SEEKERS } from '@ronghe/contracts';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/me/training';

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, SEEKERS);
	const res = await locals.api.training.mine();
	if (!res.ok) loadFailed(res.problem, HERE);
	return {
		items: res.data.items.map(({ enrolment: e, course }) => ({
			enrolment: e,
			course,
			// the certificate the completion wrote into the seeker's records
			certificate:
				e.status === 'completed' && e.certificateId && course.certificateKind
					? certificateLabel(course.certificateKind)
					: null,
		})),
		needs: res.data.needs,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	withdraw: async ({ request, locals }) => {
		requireRole(locals, HERE, SEEKERS);
		const courseId = String((await readForm(request))?.get('courseId') ?? '');
		const res = await locals.api.training.withdraw(courseId);
		if (res.ok) redirect(303, `${HERE}?done=withdrawn`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},
} satisfies Actions;
