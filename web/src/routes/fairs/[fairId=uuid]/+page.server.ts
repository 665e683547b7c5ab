import { error, redirect } from '@sveltejs/kit';
import { RegistrationInputSchema, SEEKERS } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { mayUse, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { presentFairDetail } from '$lib/server/present-fair';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params, locals, url }) => {
	const seeker = !!locals.user && mayUse(locals.user, SEEKERS);
	const [res, wishes] = await Promise.all([
		locals.api.fair.get(params.fairId),
		seeker ? locals.api.fair.interviewRequests(params.fairId) : null,
	]);
	if (!res.ok) {
		if (res.problem.status === 404 || res.problem.status === 400)
			error(404, '没有找到这场招聘会。它可能还没有发布。');
		error(res.problem.status, problemMessage(res.problem));
	}
	return {
		fair: presentFairDetail(res.data),
		seeker,
		role: locals.user?.role ?? null,
		wishes: wishes?.ok ? wishes.data.boothIds : [],
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	register: async ({ request, locals, params }) => {
		const here = `/fairs/${params.fairId}`;
		requireRole(locals, here, SEEKERS);
		const form = await readForm(request);
		if (!form) return { message: UNREADABLE_FORM };
		const values = {
			needs: form.getAll('needs').map(String),
			maxInterviews: String(form.get('maxInterviews') ?? '3'),
		};
		const parsed = RegistrationInputSchema.safeParse(values);
		if (!parsed.success) return failWith(parsed.error, ['needs', 'maxInterviews'], values);
		const res = await locals.api.fair.register(params.fairId, parsed.data);
		if (res.ok) redirect(303, `${here}?done=registered#register`);
		redirectIfSignedOut(res.problem, here);
		return failWith(res.problem, ['needs', 'maxInterviews'], values);
	},
	wishes: async ({ request, locals, params }) => {
		const here = `/fairs/${params.fairId}`;
		requireRole(locals, here, SEEKERS);
		const form = await readForm(request);
		if (!form) return { message: UNREADABLE_FORM };
		// wish1, wish2, wish3: the order is the preference; blanks and repeats drop out
		const boothIds = [
			...new Set(['wish1', 'wish2', 'wish3'].map((k) => String(form.get(k) ?? ''))),
		];
		const res = await locals.api.fair.setInterviewRequests(params.fairId, boothIds.filter(Boolean));
		if (res.ok) redirect(303, `${here}?done=wishes#wishes`);
		redirectIfSignedOut(res.problem, here);
		return { wishesMessage: problemMessage(res.problem) };
	},
} satisfies Actions;
