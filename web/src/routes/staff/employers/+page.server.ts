import { error } from '@sveltejs/kit';
import { EMPLOYER_STATUS_LABELS, EmployerListQuerySchema, STAFF } from '@ronghe/contracts';
import { presentSummary } from '$lib/server/employer-form';
import { requireRole } from '$lib/server/guard';
import { problemFieldMessages, problemMessage } from '$lib/server/problems';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

const HERE = '/staff/employers';

export const load = (async ({ locals, url }) => {
	const user = requireRole(locals, HERE, STAFF);
	const get = (key: string) => url.searchParams.get(key) ?? '';
	const raw = {
		status: get('status'),
		township: get('township'),
		q: get('q'),
		flagged: get('flagged'),
	};
	// Only what the schema accepts goes to the API; a bad value is named on the page.
	const { query, dropped } = parseQuery(EmployerListQuerySchema, url.searchParams);
	const [res, townships] = await Promise.all([
		locals.api.employers.list({
			status: query.status,
			township: query.township,
			q: query.q,
			flagged: query.flagged ? 'true' : undefined,
			page: query.page,
		}),
		locals.api.townships(),
	]);
	if (!res.ok && res.problem.status !== 400) error(res.problem.status, problemMessage(res.problem));
	return {
		filters: { ...raw, page: query.page },
		issues: dropped,
		statuses: Object.entries(EMPLOYER_STATUS_LABELS).map(([value, label]) => ({ value, label })),
		townships:
			user.role === 'township' || !townships.ok
				? []
				: townships.data.items.map((t) => ({ value: t.code, label: t.name })),
		result: res.ok ? { ...res.data, items: res.data.items.map(presentSummary) } : null,
		problem: res.ok ? null : problemFieldMessages(res.problem),
	};
}) satisfies PageServerLoad;
