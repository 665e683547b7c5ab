import { redirect } from '@sveltejs/kit';
import {
	BOOTH_STATUS_LABELS,
	BoothDecisionSchema,
	EMPLOYER_KIND_LABELS,
	FAIR_ORGANISERS,
} from '@ronghe/contracts';
import { presentStaffFair } from '$lib/server/fair-present';
import { failWith, readForm } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['reason', 'decision'] as const;

/** Booth review: the booths waiting for a decision first, then those already decided. */
export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, FAIR_ORGANISERS);
	const res = await locals.api.fair.get(params.fairId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const zones = new Map(res.data.zones.map((z) => [z.id, z.name]));
	const booths = res.data.booths.map((b) => ({
		...b,
		kindLabel: EMPLOYER_KIND_LABELS[b.employerKind],
		statusLabel: BOOTH_STATUS_LABELS[b.status],
		zoneName: (b.zoneId && zones.get(b.zoneId)) || null,
	}));
	const doneBooth = booths.find((b) => b.id === url.searchParams.get('booth'));
	return {
		fair: presentStaffFair(res.data),
		pending: booths.filter((b) => b.status === 'pending'),
		decided: booths.filter((b) => b.status !== 'pending'),
		done: url.searchParams.get('done'),
		doneName: doneBooth?.employerName ?? null,
	};
}) satisfies PageServerLoad;

export const actions = {
	// The reason of a refusal is for the employer, who reads it on its booth page.
	decide: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, FAIR_ORGANISERS);
		const form = (await readForm(request)) ?? new FormData();
		const boothId = String(form.get('boothId') ?? '');
		const reason = String(form.get('reason') ?? '');
		const parsed = BoothDecisionSchema.safeParse({ decision: form.get('decision'), reason });
		if (!parsed.success) return failWith(parsed.error, FIELDS, { boothId, reason });
		const res = await locals.api.fair.decideBooth(params.fairId, boothId, parsed.data);
		const done = `?done=${parsed.data.decision}&booth=${encodeURIComponent(boothId)}`;
		if (res.ok) redirect(303, url.pathname + done);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, FIELDS, { boothId, reason });
	},
} satisfies Actions;
