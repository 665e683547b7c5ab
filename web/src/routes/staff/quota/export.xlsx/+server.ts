import { COUNTY_STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import type { RequestHandler } from './$types';

/** The overview list as .xlsx with the page's filters (year, kind, township). */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
	const p = new URLSearchParams();
	for (const k of ['year', 'kind', 'township']) {
		const v = url.searchParams.get(k);
		if (v) p.set(k, v);
	}
	return proxyDownload(locals.api, `/api/quota/overview/export.xlsx?${p.toString()}`);
};
