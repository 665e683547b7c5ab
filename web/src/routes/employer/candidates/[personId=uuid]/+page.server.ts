import { ABILITY_ITEMS, ABILITY_SCALE, CANDIDATE_VIA_LABELS, EMPLOYERS } from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { categoryLabel } from '$lib/server/present';
import { contactLabels, levelLabel, needLabels, workModeLabels } from '$lib/server/present-people';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, url, locals }) => {
	requireRole(locals, url.pathname, EMPLOYERS);
	const res = await locals.api.candidates.get(params.personId);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	const c = res.data;
	return {
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
