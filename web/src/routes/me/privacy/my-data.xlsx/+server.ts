import { SEEKERS } from '@ronghe/contracts';
import { requireRole } from '$lib/server/guard';
import { proxyDownload } from '$lib/server/staff';
import type { RequestHandler } from './$types';

/** Everything held about the signed-in seeker, one sheet per kind of data; numbers masked. */
export const GET: RequestHandler = ({ locals }) => {
	requireRole(locals, '/me/privacy', SEEKERS);
	return proxyDownload(locals.api, '/api/me/data.xlsx');
};
