import { fail, redirect } from '@sveltejs/kit';
import { AllocationConfirmSchema, FAIR_ORGANISERS } from '@ronghe/contracts';
import { keepValue, namedFailures, readKept, readProposal } from '$lib/server/fair-allocation';
import { boothCounts, presentStaffFair } from '$lib/server/fair-present';
import { readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, FAIR_ORGANISERS);
	const res = await locals.api.fair.get(params.fairId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const booked = url.searchParams.get('done') === 'booked' ? url.searchParams.get('booked') : null;
	return {
		fair: presentStaffFair(res.data),
		approvedBooths: boothCounts(res.data.booths).approved,
		interpreters: res.data.interpreters.length,
		booked: booked && /^\d+$/.test(booked) ? Number(booked) : null,
	};
}) satisfies PageServerLoad;

export const actions = {
	// A proposal only: nothing is booked until the organiser confirms the interviews kept.
	run: async ({ locals, params, url }) => {
		requireRole(locals, url.pathname, FAIR_ORGANISERS);
		const res = await locals.api.fair.allocate(params.fairId);
		if (res.ok) return { proposal: res.data, kept: res.data.assignments.map(keepValue) };
		redirectIfSignedOut(res.problem, url.pathname);
		return fail(res.problem.status, { message: problemMessage(res.problem) });
	},

	confirm: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, FAIR_ORGANISERS);
		const form = (await readForm(request)) ?? new FormData();
		const proposal = readProposal(form);
		const { values: kept, assignments } = readKept(form);
		const parsed = AllocationConfirmSchema.safeParse({ assignments });
		if (!parsed.success) {
			const message = assignments.length
				? '保留的面试安排有误，请重新计算后再确认。'
				: '请至少保留一个面试安排。';
			return fail(400, { proposal, kept, message });
		}
		const res = await locals.api.fair.confirmAllocation(params.fairId, parsed.data);
		if (!res.ok) {
			redirectIfSignedOut(res.problem, url.pathname);
			return fail(res.problem.status, { proposal, kept, message: problemMessage(res.problem) });
		}
		const { booked, failed } = res.data;
		if (!failed.length) redirect(303, `${url.pathname}?done=booked&booked=${booked}`);
		// some could not be booked (taken meanwhile): say which, with the booked count
		return { booked, failed: namedFailures(failed, proposal) };
	},
} satisfies Actions;
