import { error } from '@sveltejs/kit';
import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const res = await locals.api.quota.disclosures();
	if (!res.ok) error(res.problem.status, problemMessage(res.problem));
	return { disclosures: res.data.items };
}) satisfies PageServerLoad;
