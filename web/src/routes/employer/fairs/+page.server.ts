import { EMPLOYERS } from '@ronghe/contracts';
import { fairFacts, myBoothFacts } from '$lib/server/employer-fairs';
import { loadFailed, requireRole } from '$lib/server/guard';
import type { PageServerLoad } from './$types';

const HERE = '/employer/fairs';

/** Fairs an employer can take part in (published or open), each with the unit's own booth. */
export const load = (async ({ locals, url }) => {
	const me = requireRole(locals, HERE, EMPLOYERS);
	const list = await locals.api.fairs.list();
	if (!list.ok) loadFailed(list.problem, HERE);
	const current = list.data.items
		.filter((f) => f.state === 'published' || f.state === 'open')
		.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
	// the list says nothing of booths: each fair's page tells the unit its own
	const details = await Promise.all(current.map((f) => locals.api.fair.get(f.id)));
	const fairs = current.map((f, i) => {
		const detail = details[i];
		return {
			...fairFacts(f),
			booth: detail?.ok ? myBoothFacts(detail.data.myBooth, me.id) : null,
			unknown: !detail?.ok,
		};
	});
	return { fairs, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;
