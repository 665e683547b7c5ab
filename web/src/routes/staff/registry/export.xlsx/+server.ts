import { COUNTY_STAFF, STAFF } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import { FILTER_KEYS } from '../registry-href';
import type { RequestHandler } from './$types';

/** The registry as .xlsx, numbers masked, with the list page's filters passed on. */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, `${url.pathname}${url.search}`, STAFF);
	return proxyDownload(locals.api, `/api/people/export${url.search}`);
};

/**
 * Full numbers, from the registry page's form: a POST, so no link, prefetch or cross-site image
 * can fetch them (SvelteKit refuses cross-site form posts; the API audits the export).
 */
export const POST: RequestHandler = async ({ locals, request }) => {
	requireRole(locals, '/staff/registry', COUNTY_STAFF);
	const form = await request.formData();
	const body: Record<string, string> = { unmasked: '1' };
	for (const key of FILTER_KEYS) {
		const value = form.get(key);
		if (typeof value === 'string' && value !== '') body[key] = value;
	}
	return proxyDownload(locals.api, '/api/people/export', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
};
