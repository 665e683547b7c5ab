import { COUNTY_STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import type { RequestHandler } from './$types';

/** The approved rosters of a year (or one employer) in the 联网认证 column order, as .xlsx. */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
	return proxyDownload(locals.api, `/api/annual-reviews/export${url.search}`);
};
