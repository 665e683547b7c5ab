import { FAIR_ORGANISERS } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import type { RequestHandler } from './$types';

/** The fair report as .xlsx: a plain link, so it downloads without JavaScript. */
export const GET: RequestHandler = ({ locals, params, url }) => {
	requireRole(locals, url.pathname, FAIR_ORGANISERS);
	return proxyDownload(locals.api, locals.api.fairReport.xlsxPath(params.fairId));
};
