import { COUNTY_STAFF, SelfEmployedQuerySchema, STAFF } from '@ronghe/contracts';
import { loadFailed, mayUse, requireRole } from '$lib/server/guard';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

/** 自主创业和居家就业: who is self-employed now, and the support each has had. */
export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, url.pathname + url.search, STAFF);
	const county = mayUse(user, COUNTY_STAFF);
	const { query } = parseQuery(SelfEmployedQuerySchema.omit({ pageSize: true }), url.searchParams);
	const [res, townships] = await Promise.all([
		locals.api.selfEmployment.list({
			township: county ? query.township : undefined,
			page: query.page,
		}),
		county ? locals.api.townships() : null,
	]);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		list: res.data,
		township: county ? (query.township ?? '') : '',
		townships: townships?.ok ? townships.data.items.map(({ code, name }) => ({ code, name })) : [],
	};
}) satisfies PageServerLoad;
