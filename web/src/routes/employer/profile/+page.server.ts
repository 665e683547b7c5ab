import { error, fail, redirect } from '@sveltejs/kit';
import { EMPLOYERS, UpdateEmployerBodySchema } from '@ronghe/contracts';
import {
	employerFormOptions,
	presentEmployer,
	PROFILE_FIELDS,
	readEmployerForm,
	valuesOf,
} from '$lib/server/employer-form';
import { employerFailure } from '$lib/server/employer-problems';
import { readForm } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/employer/profile';

export const load = (async ({ locals, url }) => {
	requireRole(locals, HERE, EMPLOYERS);
	const [res, options] = await Promise.all([
		locals.api.employers.me(),
		employerFormOptions(locals.api),
	]);
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return {
		employer: presentEmployer(res.data),
		values: valuesOf(res.data),
		options,
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		requireRole(locals, HERE, EMPLOYERS);
		const { values, body } = readEmployerForm((await readForm(request)) ?? new FormData());
		const parsed = UpdateEmployerBodySchema.safeParse(body);
		if (!parsed.success) return fail(400, employerFailure(values, parsed.error, PROFILE_FIELDS));
		const res = await locals.api.employers.update(parsed.data);
		if (res.ok) redirect(303, `${HERE}?done=saved`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, employerFailure(values, res.problem, PROFILE_FIELDS));
	},
} satisfies Actions;
