import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { STAFF, TrainingNeedInputSchema } from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { failWith, readForm, UNREADABLE_FORM } from './form-data';
import { redirectIfSignedOut, requireRole } from './guard';
import { problemMessage } from './problems';

/*
 * The 培训需求 forms of the staff person training page (/staff/registry/:id/training): record a
 * need, remove one recorded by mistake. Each success goes back to the page with a 303.
 */

export const NEED_FIELDS = ['occupationCode', 'what', 'reason'] as const;

type Event = Pick<RequestEvent, 'request' | 'locals' | 'params' | 'url'> & {
	params: { id: string };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const needActions = {
	recordNeed: async ({ request, locals, params, url }: Event) => {
		requireRole(locals, url.pathname, STAFF);
		const form = await readForm(request);
		const values = formValues(form, NEED_FIELDS);
		const extra = { form: 'need' as const, values };
		if (!form) return fail(400, { ...extra, errors: {}, message: UNREADABLE_FORM });
		const parsed = TrainingNeedInputSchema.safeParse(values);
		if (!parsed.success) return failWith(parsed.error, NEED_FIELDS, extra);
		const res = await locals.api.training.recordNeed(params.id, parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=${res.data.metAt ? 'need_met' : 'need'}#needs`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, NEED_FIELDS, extra);
	},
	removeNeed: async ({ request, locals, params, url }: Event) => {
		requireRole(locals, url.pathname, STAFF);
		const needId = String((await readForm(request))?.get('needId') ?? '');
		if (!UUID.test(needId))
			return fail(400, { form: 'removeNeed' as const, message: UNREADABLE_FORM });
		const res = await locals.api.training.removeNeed(params.id, needId);
		if (res.ok) redirect(303, `${url.pathname}?done=need_removed#needs`);
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, {
			form: 'removeNeed' as const,
			message: problemMessage(res.problem),
		});
	},
};
