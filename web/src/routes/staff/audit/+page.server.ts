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
import type { PageServerLoad } from './$types';

const FIELDS = ['page', 'action', 'entity', 'entityId', 'actorUserId', 'from', 'to'] as const;

export const load = (async ({ url, locals }) => {
	requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
	const raw = Object.fromEntries(
		FIELDS.flatMap((f) => (url.searchParams.has(f) ? [[f, url.searchParams.get(f)!]] : [])),
	);
	// A bad condition is dropped and named, so the log still shows.
	const parsed = AuditQuerySchema.safeParse(raw);
	const bad = new Set(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0])));
	const query = AuditQuerySchema.parse(
		Object.fromEntries(Object.entries(raw).filter(([f]) => !bad.has(f))),
	);
	const res = await locals.api.audit.list(query);
	if (!res.ok) loadFailed(res.problem, url.pathname);
	return {
		query,
		dropped: parsed.success ? [] : parsed.error.issues.map((i) => i.message),
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
