import { redirect } from '@sveltejs/kit';
import { COUNTY_STAFF } from '@ronghe/contracts';
import { yearOf } from '$lib/plan-years';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import type { RequestHandler } from './$types';

/** 实名制统计 with masked certificate numbers: a plain link. */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, COUNTY_STAFF);
	const { year } = yearOf(url.searchParams.get('year'));
	return proxyDownload(locals.api, locals.api.realNameStatistics.xlsxPath(year));
};

/**
 * Full certificate numbers: only by POST, only after ticking that it is written to the audit
 * log (the API writes the entry); without the tick, back to the page to say so.
 */
export const POST: RequestHandler = async ({ locals, request }) => {
	requireRole(locals, '/staff/statistics', COUNTY_STAFF);
	const form = await request.formData();
	const { year } = yearOf(String(form.get('year') ?? ''));
	if (form.get('confirm') !== 'yes')
		redirect(303, `/staff/statistics?year=${year}&confirm=missing#unmasked`);
	return proxyDownload(locals.api, locals.api.realNameStatistics.unmaskedPath, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ year, unmasked: '1' }),
	});
};
