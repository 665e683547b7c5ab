import { error, fail, redirect } from '@sveltejs/kit';
import {
	APPLICATION_STATUS_LABELS,
	APPLICATION_TRANSITIONS,
	ApplicationStatusBodySchema,
	EMPLOYER_APPLICATION_STATUSES,
	EMPLOYERS,
	REJECTION_REASON_LABELS,
} from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['status', 'reason', 'note'] as const;

export const load = (async ({ locals, params, url }) => {
	const here = url.pathname;
	requireRole(locals, here, EMPLOYERS);
	const res = await locals.api.applications.forPosting(params.postingId);
	if (!res.ok) {
		if (res.problem.status === 400) error(404, '没有找到这个岗位。');
		loadFailed(res.problem, here);
	}
	const openId = url.searchParams.get('open');
	// opening one marks it 已查看 (the API tells the seeker)
	const opened = openId ? await locals.api.applications.open(openId) : null;
	const current = opened?.ok ? opened.data : null;
	return {
		...res.data,
		items: res.data.items.map((a) => ({ ...a, statusLabel: APPLICATION_STATUS_LABELS[a.status] })),
		opened: current && {
			...current,
			statusLabel: APPLICATION_STATUS_LABELS[current.status],
			reasonText: current.reason ? REJECTION_REASON_LABELS[current.reason] : null,
			next: EMPLOYER_APPLICATION_STATUSES.filter(
				(s) => s !== 'viewed' && APPLICATION_TRANSITIONS[current.status].includes(s),
			).map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s] })),
		},
		openMissing: Boolean(openId && !current),
		reasons: Object.entries(REJECTION_REASON_LABELS).map(([value, label]) => ({ value, label })),
		done: url.searchParams.get('done'),
	};
}) satisfies PageServerLoad;

export const actions = {
	status: async ({ request, locals, url }) => {
		const here = url.pathname;
		requireRole(locals, here, EMPLOYERS);
		const form = await readForm(request);
		if (!form) return fail(400, { values: {}, errors: {}, message: UNREADABLE_FORM });
		const id = String(form.get('id') ?? '');
		const values = {
			status: String(form.get('status') ?? ''),
			reason: String(form.get('reason') ?? ''),
			note: String(form.get('note') ?? ''),
		};
		const parsed = ApplicationStatusBodySchema.safeParse({
			status: values.status,
			note: values.note,
			reason: values.status === 'rejected' && values.reason ? values.reason : undefined,
		});
		if (!parsed.success) return failWith(parsed.error, FIELDS, { values });
		const res = await locals.api.applications.setStatus(id, parsed.data);
		if (res.ok) redirect(303, `${here}?open=${encodeURIComponent(id)}&done=status`);
		redirectIfSignedOut(res.problem, here);
		return failWith(res.problem, FIELDS, { values, message: problemMessage(res.problem) });
	},
} satisfies Actions;
