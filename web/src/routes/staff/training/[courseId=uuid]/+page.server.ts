import { fail, redirect } from '@sveltejs/kit';
import {
	certificateLabel,
	EnrolmentResultInputSchema,
	STAFF,
	TRAINING_ORGANISERS,
} from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, mayUse, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

/** The roster of one course; organisers also take 点名 and record 结业 here. */
export const load = (async ({ locals, params, url }) => {
	const user = requireRole(locals, url.pathname, STAFF);
	const res = await locals.api.training.roster(params.courseId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const { course, days, items } = res.data;
	const q = url.searchParams;
	const asked = q.get('day');
	const who = items.find((e) => e.id === q.get('e'));
	return {
		course,
		days,
		items,
		// the day to take 点名 for: the one asked for, otherwise the latest course day so far
		day: asked && days.includes(asked) ? asked : (days.at(-1) ?? null),
		organiser: mayUse(user, TRAINING_ORGANISERS),
		done: q.get('done'),
		doneName: who?.personName ?? null,
		counts: { present: Number(q.get('present') ?? 0), absent: Number(q.get('absent') ?? 0) },
		certificate: course.certificateKind ? certificateLabel(course.certificateKind) : null,
	};
}) satisfies PageServerLoad;

export const actions = {
	/** 点名 for one day: the ticked people were there, the others on the roster were not. */
	attendance: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, TRAINING_ORGANISERS);
		const form = await readForm(request);
		const day = String(form?.get('day') ?? '');
		if (!form || !day)
			return fail(400, { action: 'attendance' as const, message: UNREADABLE_FORM });
		const present = form.getAll('present').map(String);
		const res = await locals.api.training.attendance(params.courseId, day, { present });
		if (res.ok) {
			const { present: p, absent: a } = res.data;
			redirect(303, `${url.pathname}?day=${day}&done=attendance&present=${p}&absent=${a}`);
		}
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, {
			action: 'attendance' as const,
			message: problemMessage(res.problem),
		});
	},

	/** 结业 or 未结业 for one person; a completion writes the course's certificate for them. */
	result: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, TRAINING_ORGANISERS);
		const form = await readForm(request);
		const enrolmentId = String(form?.get('enrolmentId') ?? '');
		const parsed = EnrolmentResultInputSchema.safeParse({ result: form?.get('result') });
		if (!form || !enrolmentId || !parsed.success)
			return fail(400, { action: 'result' as const, enrolmentId, message: '请选择结业或未结业。' });
		const res = await locals.api.training.result(params.courseId, enrolmentId, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=${parsed.data.result}&e=${enrolmentId}`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, {
			action: 'result' as const,
			enrolmentId,
			message: problemMessage(res.problem),
		});
	},
} satisfies Actions;
