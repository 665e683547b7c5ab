import { STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import { yearOf } from '../indicator-scope';
import type { RequestHandler } from './$types';

/** The indicators as .xlsx, for the year and township on the page (a plain link: no JavaScript). */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, STAFF);
	const { year } = yearOf(url.searchParams.get('year'));
	const township = url.searchParams.get('township') || undefined;
	return proxyDownload(locals.api, locals.api.indicators.xlsxPath({ year, township }));
};
