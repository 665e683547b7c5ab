import { COUNTY_STAFF, PersonListQuerySchema, STAFF } from '@ronghe/contracts';
import { loadFailed, mayUse, requireRole } from '$lib/server/guard';
import {
	categoryOptions,
	levelOptions,
	presentPersonSummary,
	sourceOptions,
} from '$lib/server/present-people';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals }) => {
	const user = requireRole(locals, `${url.pathname}${url.search}`, STAFF);
	const { query, dropped } = parseQuery(PersonListQuerySchema, url.searchParams);
	const [people, townships] = await Promise.all([
		locals.api.people.list(query),
		locals.api.townships(),
	]);
	if (!people.ok) loadFailed(people.problem, url.pathname);
	return {
		query,
		dropped,
		result: { ...people.data, items: people.data.items.map(presentPersonSummary) },
		// township staff see their own township only, so they get no township filter
		townships:
			user.role === 'township' || !townships.ok
				? []
				: townships.data.items.map(({ code, name }) => ({ code, name })),
		canImport: mayUse(user, COUNTY_STAFF),
		isTownship: user.role === 'township',
		categories: categoryOptions,
		levels: levelOptions,
		sources: sourceOptions,
	};
}) satisfies PageServerLoad;
