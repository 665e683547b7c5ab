import { proxyDownload, requireRole, ROSTER_ROLES } from '$lib/server/staff';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, url.pathname, ROSTER_ROLES);
	return proxyDownload(locals.api, '/api/people/imports/template');
};
