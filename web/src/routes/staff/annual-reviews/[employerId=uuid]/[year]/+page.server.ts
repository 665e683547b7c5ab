import { error, fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF, DecideEmployeeBodySchema, ReturnReviewBodySchema } from '@ronghe/contracts';
import { formValues } from '$lib/form-values';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const yearOf = (raw: string) => {
	const y = Number(raw);
	if (!Number.isInteger(y) || y < 2018 || y > 2100) error(404, '没有找到这一年的年审。');
	return y;
};
const DONE = ['decided', 'approved', 'returned'];

export const load = (async ({ locals, url, params }) => {
	requireRole(locals, url.pathname, COUNTY_STAFF);
	const res = await locals.api.annualReviews.get(params.employerId, yearOf(params.year));
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const done = url.searchParams.get('done') ?? '';
	return { review: res.data, done: DONE.includes(done) ? done : '' };
}) satisfies PageServerLoad;

/** Every action: the staff check, the form, and where a success goes (303, same page). */
async function act(
	{ locals, url, params, request }: Parameters<Actions[string]>[0],
	run: (form: FormData, year: number) => Promise<Response | object | void>,
) {
	requireRole(locals, url.pathname, COUNTY_STAFF);
	const form = (await readForm(request)) ?? new FormData();
	return run(form, yearOf(params.year ?? ''));
}

const failed = (
	problem: { status: number } & Parameters<typeof problemMessage>[0],
	where: string,
	extra: object = {},
) => {
	redirectIfSignedOut(problem, where);
	return fail(problem.status, { message: problemMessage(problem), ...extra });
};

export const actions = {
	// the full number comes back in this one response only, never stored in an address
	unmask: (event) =>
		act(event, async (form, year) => {
			const employeeId = String(form.get('employeeId') ?? '');
			const res = await event.locals.api.annualReviews.unmask(
				event.params.employerId,
				year,
				employeeId,
			);
			if (res.ok) return { unmasked: { employeeId, ...res.data } };
			return failed(res.problem, event.url.pathname, { unmaskFor: employeeId });
		}),
	decide: (event) =>
		act(event, async (form, year) => {
			const { employeeId, ...values } = formValues(form, ['employeeId', 'decision', 'note'], {
				trim: false,
			});
			const parsed = DecideEmployeeBodySchema.safeParse(values);
			const message = parsed.error?.issues[0]?.message;
			if (!parsed.success) return fail(400, { decideFor: employeeId, values, message });
			const { employerId } = event.params;
			const api = event.locals.api.annualReviews;
			const res = await api.decide(employerId, year, employeeId, parsed.data);
			if (res.ok) redirect(303, `${event.url.pathname}?done=decided#e-${employeeId}`);
			return failed(res.problem, event.url.pathname, { decideFor: employeeId, values });
		}),
	approve: (event) =>
		act(event, async (_form, year) => {
			const res = await event.locals.api.annualReviews.approve(event.params.employerId, year);
			if (res.ok) redirect(303, `${event.url.pathname}?done=approved`);
			return failed(res.problem, event.url.pathname, { at: 'approve' });
		}),
	return: (event) =>
		act(event, async (form, year) => {
			const reason = String(form.get('reason') ?? '').trim();
			const parsed = ReturnReviewBodySchema.safeParse({ reason });
			if (!parsed.success)
				return fail(400, { at: 'return', reason, reasonError: parsed.error.issues[0]?.message });
			const p = event.params;
			const res = await event.locals.api.annualReviews.return(
				p.employerId,
				year,
				parsed.data.reason,
			);
			if (res.ok) redirect(303, `${event.url.pathname}?done=returned`);
			return failed(res.problem, event.url.pathname, { at: 'return', reason });
		}),
} satisfies Actions;
