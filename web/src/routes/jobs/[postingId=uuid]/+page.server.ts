import { error, fail, redirect } from '@sveltejs/kit';
import { ApplyBodySchema, SEEKERS, UuidSchema } from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { mayUse, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { presentPostingDetail } from '$lib/server/present';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

/** The signed-in seeker's application to this posting, if any, and a fresh key for the form. */
async function applyState(locals: App.Locals, postingId: string) {
	if (!locals.user || !mayUse(locals.user, SEEKERS)) return null;
	const mine = await locals.api.applications.mine();
	const existing = mine.ok ? mine.data.items.find((a) => a.postingId === postingId) : undefined;
	return { key: crypto.randomUUID(), existing: existing ?? null };
}

/** The fair the seeker came from (`?fair=`): the application is counted at that fair. */
const fairOf = (value: unknown) => UuidSchema.safeParse(value).data ?? null;

export const load = (async ({ params, locals, url }) => {
	const seeker = locals.user && mayUse(locals.user, SEEKERS);
	const [res, apply, fit] = await Promise.all([
		locals.api.postings.get(params.postingId),
		applyState(locals, params.postingId),
		// a signed-in seeker sees whether the posting fits them, and why not; a failure leaves it out
		seeker ? locals.api.matching.check(params.postingId).then((r) => (r.ok ? r.data : null)) : null,
	]);
	if (res.ok)
		return {
			posting: presentPostingDetail(res.data),
			apply,
			fit,
			fairId: fairOf(url.searchParams.get('fair')),
		};
	// A malformed id (400) is, to the reader, just a job that does not exist.
	if (res.problem.status === 404 || res.problem.status === 400) {
		error(404, '没有找到这个岗位。它可能已经招满，或者已经下架了。');
	}
	error(res.problem.status, problemMessage(res.problem));
}) satisfies PageServerLoad;

export const actions = {
	apply: async ({ request, locals, params }) => {
		const here = `/jobs/${params.postingId}`;
		requireRole(locals, here, SEEKERS);
		const form = await readForm(request);
		if (!form)
			return fail(400, { note: '', sharePassport: false, errors: {}, message: UNREADABLE_FORM });
		const values = {
			note: String(form.get('note') ?? ''),
			sharePassport: form.get('sharePassport') === 'yes',
			...(fairOf(form.get('fairId')) ? { fairId: fairOf(form.get('fairId'))! } : {}),
		};
		const parsed = ApplyBodySchema.safeParse(values);
		if (!parsed.success) return failWith(parsed.error, ['note'], values);
		const key = String(form.get('key') ?? '') || crypto.randomUUID();
		const res = await locals.api.applications.apply(params.postingId, parsed.data, key);
		if (res.ok) redirect(303, `/me/applications?done=applied`);
		redirectIfSignedOut(res.problem, here);
		return failWith(res.problem, ['note'], values);
	},
} satisfies Actions;
