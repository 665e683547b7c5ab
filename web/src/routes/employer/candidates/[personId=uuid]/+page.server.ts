import { fail, redirect } from '@sveltejs/kit';
import {
	ABILITY_ITEMS,
	ABILITY_SCALE,
	CANDIDATE_VIA_LABELS,
	EMPLOYERS,
	InvitationBodySchema,
} from '@ronghe/contracts';
import { failWith, readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { loadFailed, redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { categoryLabel } from '$lib/server/present';
import { contactLabels, levelLabel, needLabels, workModeLabels } from '$lib/server/present-people';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params, url, locals }) => {
	requireRole(locals, url.pathname, EMPLOYERS);
	const [res, own] = await Promise.all([
		locals.api.candidates.get(params.personId),
		locals.api.employerPostings.list(),
	]);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const c = res.data;
	return {
		// the postings an invitation can name: published ones
		postings: own.ok
			? own.data.items
					.filter((p) => p.status === 'published')
					.map((p) => ({ id: p.id, title: p.title }))
			: [],
		invited: url.searchParams.get('done') === 'invited',
		candidate: {
			...c,
			viaLabel: CANDIDATE_VIA_LABELS[c.via],
			disabilityLabel:
				c.category && c.level ? `${categoryLabel(c.category)}${levelLabel(c.level)}` : null,
			workModeLabels: workModeLabels(c.desiredWorkModes),
			contactLabels: contactLabels(c.preferredContact),
			needLabels: needLabels(c.passportNeeds),
			ability: Object.entries(c.ability).map(([code, score]) => ({
				label: ABILITY_ITEMS[code as keyof typeof ABILITY_ITEMS] ?? code,
				scoreLabel: ABILITY_SCALE[score as keyof typeof ABILITY_SCALE] ?? String(score),
			})),
		},
	};
}) satisfies PageServerLoad;

const INVITE_FIELDS = ['postingId', 'message'] as const;

export const actions = {
	invite: async ({ request, locals, params, url }) => {
		requireRole(locals, url.pathname, EMPLOYERS);
		const form = await readForm(request);
		if (!form) return fail(400, { values: {}, errors: {}, message: UNREADABLE_FORM });
		const values = {
			postingId: String(form.get('postingId') ?? ''),
			message: String(form.get('message') ?? ''),
		};
		const parsed = InvitationBodySchema.safeParse({ ...values, personId: params.personId });
		if (!parsed.success) return failWith(parsed.error, INVITE_FIELDS, { values });
		const res = await locals.api.invitations.send(parsed.data);
		if (res.ok) redirect(303, `${url.pathname}?done=invited#invite-heading`);
		redirectIfSignedOut(res.problem, url.pathname);
		return failWith(res.problem, INVITE_FIELDS, { values });
	},
} satisfies Actions;
