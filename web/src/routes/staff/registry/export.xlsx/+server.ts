import { proxyDownload, REGISTRY_ROLES, requireRole } from '$lib/server/staff';
import type { RequestHandler } from './$types';

/** The registry as .xlsx with the list page's filters (township, q, …, unmasked=1) passed on. */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, REGISTRY_ROLES);
	return proxyDownload(locals.api, `/api/people/export${url.search}`);
};
