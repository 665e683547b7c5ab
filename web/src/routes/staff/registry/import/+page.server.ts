import { fail, redirect } from '@sveltejs/kit';
import { COUNTY_STAFF, IMPORT_STATUS_LABELS, ROSTER_COLUMNS } from '@ronghe/contracts';
import { readForm, UNREADABLE_FORM } from '$lib/server/form-data';
import { redirectIfSignedOut, requireRole } from '$lib/server/guard';
import { problemMessage } from '$lib/server/problems';
import type { Actions, PageServerLoad } from './$types';

const HERE = '/staff/registry/import';
const NO_FILE = '请选择要上传的名单文件（.xlsx）。';

export const load = (async ({ locals }) => {
	requireRole(locals, HERE, COUNTY_STAFF);
	const recent = await locals.api.imports.list();
	return {
		columns: ROSTER_COLUMNS.map((c) => ({ header: c.header, required: c.required })),
		recent: recent.ok
			? recent.data.items.map((i) => ({ ...i, statusLabel: IMPORT_STATUS_LABELS[i.status] }))
			: [],
		recentProblem: recent.ok ? null : problemMessage(recent.problem),
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		requireRole(locals, HERE, COUNTY_STAFF);
		const form = await readForm(request);
		if (!form) return fail(400, { message: UNREADABLE_FORM });
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { fileError: NO_FILE });
		const body = new FormData();
		body.append('file', file, file.name);
		const res = await locals.api.imports.upload(body);
		if (res.ok) redirect(303, `${HERE}/${res.data.id}`);
		redirectIfSignedOut(res.problem, HERE);
		return fail(res.problem.status, { fileError: problemMessage(res.problem) });
	},
} satisfies Actions;
