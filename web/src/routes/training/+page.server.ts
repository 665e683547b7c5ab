import { problemMessage } from '$lib/server/problems';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const res = await locals.api.training.list();
	if (!res.ok) return { problem: problemMessage(res.problem), courses: [] };
	const courses = [...res.data.items].sort((a, b) => a.startDate.localeCompare(b.startDate));
	return { problem: null, courses };
}) satisfies PageServerLoad;
