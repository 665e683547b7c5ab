import { COUNTY_STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ locals, url, params }) => {
	requireRole(locals, url.pathname, COUNTY_STAFF);
	return proxyDownload(locals.api, `/api/people/imports/${params.importId}/errors.xlsx`);
};
