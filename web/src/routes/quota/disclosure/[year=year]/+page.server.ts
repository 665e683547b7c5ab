import { randomUUID } from 'node:crypto';
import { error, fail, redirect } from '@sveltejs/kit';
import { FileObjectionBodySchema } from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['submitterName', 'contact', 'employerId', 'body', 'idempotencyKey'] as const;

export const load = (async ({ locals, params }) => {
	const res = await locals.api.quota.disclosure(Number(params.year));
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	// a new key for each form shown; a retried submission of the same form reuses it
	return { disclosure: res.data, idempotencyKey: randomUUID() };
}) satisfies PageServerLoad;

export const actions = {
	object: async ({ request, locals, params }) => {
		const form = await readForm(request);
		if (!form) return fail(400, { values: null, errors: {}, message: UNREADABLE_FORM });
		const values = formValues(form, FIELDS, { trim: false });
		const parsed = FileObjectionBodySchema.safeParse(values);
		if (!parsed.success) return failWith(parsed.error, FIELDS, { values });
		const res = await locals.api.quota.fileObjection(Number(params.year), parsed.data);
		if (!res.ok) return failWith(res.problem, FIELDS, { values });
		redirect(303, `/quota/disclosure/${params.year}/received`);
	},
} satisfies Actions;
