import { STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import type { RequestHandler } from './$types';

/** The registry as .xlsx with the list page's filters (township, q, …, unmasked=1) passed on. */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, STAFF);
	return proxyDownload(locals.api, `/api/people/export${url.search}`);
};
