import { AUDIT_ACTION_LABELS, AuditQuerySchema, ROLE_LABELS, type Role } from '@ronghe/contracts';
import { COUNTY_STAFF, loadFailed, requireRole } from '$lib/server/guard';
import { parseQuery } from '$lib/server/query';
import type { PageServerLoad } from './$types';

const ENTITY_LABELS: Record<string, string> = {
	person: '求职者',
	user: '账户',
	employer: '用人单位',
	posting: '岗位',
	import: '批量导入',
	employer_disabled_employee: '单位的残疾职工',
	annual_review: '年审',
	levy_rule: '保障金规则',
	local_average_wage: '平均工资',
	quota_disclosure: '按比例就业公示',
	quota_objection: '公示异议',
};

export const load = (async ({ url, locals }) => {
	requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
	// A bad condition is dropped and named, so the log still shows.
	const { query, dropped } = parseQuery(AuditQuerySchema, url.searchParams);
	const res = await locals.api.audit.list(query);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		query,
		dropped,
		result: {
			...res.data,
			items: res.data.items.map((e) => ({
				...e,
				actorRoleLabel: e.actorRole ? (ROLE_LABELS[e.actorRole as Role] ?? e.actorRole) : null,
				entityLabel: ENTITY_LABELS[e.entity] ?? e.entity,
			})),
		},
		actions: Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
		entities: Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label })),
	};
}) satisfies PageServerLoad;
