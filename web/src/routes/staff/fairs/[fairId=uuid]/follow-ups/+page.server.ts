import { redirect } from '@sveltejs/kit';
import { FAIR_ORGANISERS, FollowUpInputSchema, type FollowUpView } from '@ronghe/contracts';
import { presentStaffFair } from '$lib/server/fair-present';
import { failWith, readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';
import { presentFollowUp, readFollowUpForm } from './present';

const FIELDS = ['stillEmployed', 'monthlyWage', 'problems'] as const;
const viewOf = (url: URL): FollowUpView =>
	url.searchParams.get('view') === 'done' ? 'done' : 'todo';

/** 回访: the visits after the fair's hires, those to make first, each with its short form. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname + url.search, FAIR_ORGANISERS);
	const n = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
	const [fair, list] = await Promise.all([
		locals.api.fair.get(params.fairId),
		locals.api.followUps.list(params.fairId, { view: viewOf(url), page }),
	]);
	if (!fair.ok) loadFailed(fair.problem, url.pathname);
	if (!list.ok) loadFailed(list.problem, url.pathname);
	const doneId = url.searchParams.get('done');
	const done = list.data.items.find((v) => v.id === doneId);
	return {
		fair: presentStaffFair(fair.data),
		list: { ...list.data, items: list.data.items.map(presentFollowUp) },
		// a corrected older visit keeps its date, so it may be on a later page: still confirm
		done: done
			? `已记录${done.personName}的 ${done.day} 天回访。`
			: doneId
				? '已保存回访记录。'
				: null,
	};
}) satisfies PageServerLoad;

export const actions = {
	record: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, FAIR_ORGANISERS);
		const form = (await readForm(request)) ?? new FormData();
		const { followUpId, typed, body } = readFollowUpForm(form);
		const parsed = FollowUpInputSchema.safeParse(body);
		if (!parsed.success) return failWith(parsed.error, FIELDS, { followUpId, ...typed });
		const res = await locals.api.followUps.record(params.fairId, followUpId, parsed.data);
		if (res.ok)
			redirect(303, `${url.pathname}?view=done&done=${encodeURIComponent(followUpId)}#done`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, FIELDS, { followUpId, ...typed });
	},
} satisfies Actions;
