import { COUNTY_STAFF, IMPORT_STATUS_LABELS } from '@ronghe/contracts';
import { totalPagesOf } from '$lib/pagination';
import { requireRole } from '$lib/server/guard';
import { problemError } from '$lib/server/staff';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load = (async ({ locals, params, url }) => {
	requireRole(locals, url.pathname, COUNTY_STAFF);
	const res = await locals.api.imports.get(params.importId);
	if (!res.ok) problemError(res.problem);
	const { errors, ...summary } = res.data;
	const totalPages = totalPagesOf(errors.length, PAGE_SIZE);
	const page = Math.min(Math.max(1, Number(url.searchParams.get('page')) || 1), totalPages);
	return {
		summary: { ...summary, statusLabel: IMPORT_STATUS_LABELS[summary.status] },
		running: summary.status === 'queued' || summary.status === 'running',
		errorCount: errors.length,
		errors: errors.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
		page,
		totalPages,
	};
}) satisfies PageServerLoad;
