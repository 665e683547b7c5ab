import {
	AUDIT_ACTIONS,
	AUDIT_ENTITIES,
	auditEntityLabel,
	AuditQuerySchema,
	COUNTY_STAFF,
	ROLE_LABELS,
	type Role,
} from '@ronghe/contracts';
import { loadFailed, requireRole } from '$lib/server/guard';
import { parseQuery } from '$lib/server/query';
import { type PageServerLoad } from './$types';

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
				entityLabel: auditEntityLabel(e.entity),
			})),
		},
		actions: Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
		entities: Object.entries(AUDIT_ENTITIES).map(([value, label]) => ({ value, label })),
	};
}) satisfies PageServerLoad;
